import type { LegalForm, OcopStatus, ProductGroup, RawMaterial } from './profile-options';

/**
 * An applicability rule is data: for each profile field it names, the profile's
 * value must be one of the listed values (all named fields must match). An
 * empty rule always holds. Rules are named so that items share them and a test
 * can prove every rule is exercised by a representative profile.
 */
export interface RuleSpec {
  productGroup?: readonly ProductGroup[];
  rawMaterial?: readonly RawMaterial[];
  legalForm?: readonly LegalForm[];
  ocopStatus?: readonly OcopStatus[];
}

const GOODS: readonly ProductGroup[] = ['food', 'beverage', 'herbal', 'handicraft', 'ornamental'];
const ZONE_MATERIALS: readonly RawMaterial[] = ['crop-herb', 'livestock-aquatic', 'forest'];

export const RULES = {
  /** Every profile. */
  always: {},
  /** Goods (not a tourism service): labelling, packaging, product codes. */
  goods: { productGroup: GOODS },
  /** Goods whose raw material is grown, raised or gathered: a raw-material zone exists. */
  'raw-material-zone': { productGroup: GOODS, rawMaterial: ZONE_MATERIALS },
  /** Growing-area codes concern crop and medicinal-herb raw materials only. */
  'crop-or-herb': { productGroup: GOODS, rawMaterial: ['crop-herb'] },
  /** Goods with any physical raw material, including bought-in processed inputs. */
  'has-raw-material': {
    productGroup: GOODS,
    rawMaterial: ['crop-herb', 'livestock-aquatic', 'forest', 'processed-input'],
  },
  /** Edible or medicinal goods whose raw material is grown or raised: farm inputs matter for food safety. */
  'food-zone': { productGroup: ['food', 'beverage', 'herbal'], rawMaterial: ZONE_MATERIALS },
  /** Things people eat, drink or take as medicine: food-safety rules apply. */
  'food-or-herbal': { productGroup: ['food', 'beverage', 'herbal'] },
  /** Collective bodies with members: cooperative governance questions. */
  collective: { legalForm: ['cooperative', 'coop-group'] },
  /** Cooperatives and enterprises: the programme's support for their performance names only these (not cooperative groups). */
  'coop-or-enterprise': { legalForm: ['cooperative', 'enterprise'] },
  /** Products that hold or held an OCOP certificate. */
  'ocop-certified': { ocopStatus: ['certified-3', 'certified-4', 'certified-5', 'expired'] },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;
