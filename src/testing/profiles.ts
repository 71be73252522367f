import type { Profile } from '../content/profile-options';

/** Representative profiles used across unit, model-based and end-to-end tests. */
export const PROFILES = {
  foodCoopCrop: {
    producerName: 'Hợp tác xã Nông nghiệp Tân Cương',
    productName: 'Chè Tân Cương',
    productGroup: 'food',
    rawMaterial: 'crop-herb',
    legalForm: 'cooperative',
    ocopStatus: 'applying',
    province: 'thai-nguyen',
    traceability: 'runs',
  },
  herbHousehold: {
    producerName: 'Hộ kinh doanh Lò Thị Mai',
    productName: 'Trà giảo cổ lam',
    productGroup: 'herbal',
    rawMaterial: 'crop-herb',
    legalForm: 'household',
    ocopStatus: 'not-yet',
    province: 'lao-cai',
    traceability: 'neither',
  },
  handicraftForest: {
    producerName: 'Công ty TNHH Mây tre đan Phú Vinh',
    productName: 'Giỏ mây đan tay',
    productGroup: 'handicraft',
    rawMaterial: 'forest',
    legalForm: 'enterprise',
    ocopStatus: 'certified-4',
    province: 'hanoi',
    traceability: 'not-sure',
  },
  tourismService: {
    producerName: 'Tổ hợp tác du lịch cộng đồng bản Lác',
    productName: 'Du lịch cộng đồng bản Lác',
    productGroup: 'tourism',
    rawMaterial: 'none',
    legalForm: 'coop-group',
    ocopStatus: 'certified-3',
    province: 'phu-tho',
  },
} as const satisfies Record<string, Profile>;

export type ProfileName = keyof typeof PROFILES;
