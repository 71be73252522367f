import type { Instrument } from './types';

/**
 * The register of instruments (REFERENCE.md §1). Dates are printed only where
 * the Citation spec (rule 11) lists them as verified; Circulars 05/2022 and
 * 07/2024 carry number and title, no date. Titles: `legal:instruments.<id>`.
 */
export const INSTRUMENTS = [
  {
    id: 'tt-05-2022',
    type: 'circular',
    number: '05/2022/TT-BNNPTNT',
    issuer: 'mard',
    date: null,
    effective: null,
    amendedBy: ['tt-07-2024'],
    status: 'verified',
    source:
      'https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/xay-dung--do-thi/what-are-regulations-on-the-implementation-of-the-new-rural-development-program-in-the-20212025-period-under-the-scope-of-the-ministry-of-agricultural-and-rural-development-of-vietnam-391964',
  },
  {
    id: 'tt-07-2024',
    type: 'circular',
    number: '07/2024/TT-BNNPTNT',
    issuer: 'mard',
    date: null,
    effective: null,
    amendedBy: [],
    status: 'client-source',
    source: null,
  },
  {
    id: 'tt-02-2024',
    type: 'circular',
    number: '02/2024/TT-BKHCN',
    issuer: 'most',
    date: '2024-03-28',
    effective: '2024-06-01',
    amendedBy: [],
    status: 'verified',
    source:
      'https://thuvienphapluat.vn/van-ban/Thuong-mai/Circular-02-2024-TT-BKHCN-management-of-product-origin-tracing-605560.aspx',
  },
  {
    id: 'qd-148-2023',
    type: 'decision',
    number: '148/QĐ-TTg',
    issuer: 'pm',
    date: '2023-02-24',
    effective: null,
    amendedBy: ['qd-1489-2025'],
    status: 'verified',
    source:
      'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop',
  },
  {
    id: 'qd-1489-2025',
    type: 'decision',
    number: '1489/QĐ-TTg',
    issuer: 'pm',
    date: '2025-07-06',
    effective: null,
    amendedBy: [],
    status: 'verified',
    source: 'https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html',
  },
  {
    id: 'qd-919-2022',
    type: 'decision',
    number: '919/QĐ-TTg',
    issuer: 'pm',
    date: '2022-08-01',
    effective: null,
    amendedBy: [],
    status: 'verified',
    source:
      'https://thuvienphapluat.vn/van-ban/Thuong-mai/Quyet-dinh-919-QD-TTg-2022-phe-duyet-Chuong-trinh-moi-xa-mot-san-pham-2021-2025-524355.aspx',
  },
  {
    id: 'law-crop-production',
    type: 'law',
    number: null,
    issuer: 'na',
    date: null,
    effective: null,
    amendedBy: [],
    status: 'secondary',
    source:
      'https://news.laodong.vn/thi-truong/siet-quan-ly-ma-so-vung-trong-chan-tinh-trang-mua-ban-trai-phep-1620078.ldo',
  },
  {
    id: 'nd-109-2018',
    type: 'decree',
    number: '109/2018/NĐ-CP',
    issuer: 'gov',
    date: null,
    effective: null,
    amendedBy: [],
    status: 'verified',
    source:
      'https://hethongphapluat.com/san-pham-nong-nghiep-huu-co_khoan_3_dieu_3_c9ac2adc87cb76720b4ab08147fd246d.html',
  },
  {
    id: 'nd-98-2018',
    type: 'decree',
    number: '98/2018/NĐ-CP',
    issuer: 'gov',
    date: null,
    effective: null,
    amendedBy: [],
    status: 'unverified',
    source: 'http://vbpl.vn/laichau/Pages/vbpq-print.aspx?dvid=300&ItemID=130180',
  },
  {
    id: 'tt-17-2021',
    type: 'circular',
    number: '17/2021/TT-BNNPTNT',
    issuer: 'mard',
    date: null,
    effective: null,
    amendedBy: [],
    status: 'secondary',
    source: 'https://plo.vn/phap-luat/quy-dinh-moi-co-hieu-luc-tu-thang-22022-phan-1-1041536.html',
  },
  {
    id: 'nd-43-2017',
    type: 'decree',
    number: '43/2017/NĐ-CP',
    issuer: 'gov',
    date: null,
    effective: null,
    amendedBy: ['nd-111-2021'],
    status: 'unverified',
    source: null,
  },
  {
    id: 'nd-111-2021',
    type: 'decree',
    number: '111/2021/NĐ-CP',
    issuer: 'gov',
    date: null,
    effective: null,
    amendedBy: [],
    status: 'unverified',
    source: null,
  },
] as const satisfies readonly Instrument[];

export type InstrumentId = (typeof INSTRUMENTS)[number]['id'];
