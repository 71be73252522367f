import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import {
  GOODS_RAW_MATERIALS,
  LEGAL_FORMS,
  OCOP_STATUSES,
  PRODUCT_GROUPS,
  TRACEABILITY,
  type ProductGroup,
  type Profile,
} from '../../content/profile-options';
import { provinceById } from '../../content/provinces';
import type { ProfileDraft } from '../../domain/assessment';
import { MAX_LENGTH } from '../../domain/text';
import { errorKey } from '../../forms/error-text';
import { choice, requiredText } from '../../forms/schema-parts';

/** The profile form's values: every field a string while it is being filled in. */
export type ProfileFormValues = Record<keyof Profile, string>;

const province = z
  .string()
  .check(z.refine((id) => provinceById(id) !== undefined, { error: errorKey('errors.choose') }));

const common = {
  producerName: requiredText(MAX_LENGTH.short),
  productName: requiredText(MAX_LENGTH.short),
  legalForm: choice(LEGAL_FORMS),
  ocopStatus: choice(OCOP_STATUSES),
  province,
};

/**
 * Goods: the raw material must be chosen, and "none (a service)" is not one of the choices;
 * whether traceability binds the producer must be answered (it decides how traceability gaps
 * are classed).
 */
export const goodsProfileSchema = z.object({
  ...common,
  productGroup: choice(PRODUCT_GROUPS.filter((g): g is Exclude<ProductGroup, 'tourism'> => g !== 'tourism')),
  rawMaterial: choice(GOODS_RAW_MATERIALS),
  traceability: choice(TRACEABILITY),
});

/** A tourism service has no raw material and no traceability questions: both fields are hidden. */
export const serviceProfileSchema = z.object({
  ...common,
  productGroup: choice(['tourism']),
  rawMaterial: z.pipe(
    z.string(),
    z.transform(() => 'none' as const),
  ),
  traceability: z.pipe(
    z.string(),
    z.transform(() => undefined),
  ),
});

/**
 * Which schema applies depends on the product group, so the resolver picks it per validation. Typed from
 * the form's strings to the profile: both schemas must accept the form and give a `Profile`, or this
 * does not compile.
 */
export const profileResolver: Resolver<ProfileFormValues, unknown, Profile> = (values, context, options) =>
  values.productGroup === 'tourism'
    ? zodResolver(serviceProfileSchema)(values, context, options)
    : zodResolver(goodsProfileSchema)(values, context, options);

export function formValuesFrom(draft: ProfileDraft, profile: Profile | null): ProfileFormValues {
  const pick = (k: keyof Profile) => draft[k] ?? profile?.[k] ?? '';
  return {
    producerName: pick('producerName'),
    productName: pick('productName'),
    productGroup: pick('productGroup'),
    rawMaterial: pick('rawMaterial'),
    legalForm: pick('legalForm'),
    ocopStatus: pick('ocopStatus'),
    province: pick('province'),
    traceability: pick('traceability'),
  };
}
