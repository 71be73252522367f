import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../../testing/profiles';
import { formValuesFrom, profileResolver, type ProfileFormValues } from './profile-schema';

/**
 * The profile form's resolver is what hands the machine its profile (no second parse after submit):
 * what it gives for goods and for a service is the profile the rest of the app reads.
 */
const options: ResolverOptions<ProfileFormValues> = { fields: {}, shouldUseNativeValidation: false };
const resolve = (values: ProfileFormValues) => profileResolver(values, undefined, options);

describe('profile resolver', () => {
  it('gives a goods profile trimmed, as typed otherwise', async () => {
    const form = {
      ...formValuesFrom({}, PROFILES.foodCoopCrop),
      producerName: `  ${PROFILES.foodCoopCrop.producerName} `,
    };
    const result = await resolve(form);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(PROFILES.foodCoopCrop);
  });

  it('gives a service no raw material and no traceability, whatever the hidden fields still hold', async () => {
    const form = { ...formValuesFrom({}, PROFILES.tourismService), rawMaterial: 'tea', traceability: 'runs' };
    const result = await resolve(form);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ ...PROFILES.tourismService, rawMaterial: 'none', traceability: undefined });
  });

  it('names every missing choice at once when nothing is chosen yet', async () => {
    const result = await resolve(formValuesFrom({}, null));
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        'legalForm',
        'ocopStatus',
        'producerName',
        'productGroup',
        'productName',
        'province',
        'rawMaterial',
        'traceability',
      ].sort(),
    );
    expect(result.errors.productGroup?.message).toBe('errors.choose');
  });
});
