import type { Messages } from './types';

/** 供需: supply against demand (the analysis tab) and the organisers' 需求參考. */
export const supply = {
  'nav.demandReference': { zh: '需求參考', en: 'Demand reference' },
  'analysis.tab.supply': { zh: '供需', en: 'Supply and demand' },
  'supply.title': { zh: '研習供需', en: 'Supply against demand' },
  'supply.intro': {
    zh: '教師規劃的需求（選擇人數、規劃時數）對照已開設的研習（課程、名額、時數）與實際參與（錄取、核發時數）。缺口指標：每百位有需求教師的名額數。',
    en: 'What teachers plan (teachers asking, planned hours) against the courses offered (courses, seats, hours) and the uptake (admitted, hours issued). Gap index: seats per 100 teachers asking.',
  },
  'supply.referenceTitle': { zh: '需求參考（研習辦理單位參考）', en: 'Demand reference for course organisers' },
  'supply.referenceIntro': {
    zh: '各縣市教師進修需求的彙總統計，供研習辦理單位規劃開課參考（附件三 貳 四）。僅呈現彙總數字，不含個人資料；數字經統計保密處理。',
    en: 'Aggregated demand of teachers by county, for organisers planning their courses (附件三 貳 四). Aggregates only, no person; the figures are protected by the disclosure control.',
  },
  'supply.year': { zh: '學年度', en: 'School year' },
  'supply.dimension': { zh: '分析項目', en: 'Dimension' },
  'supply.option': { zh: '選項', en: 'Option' },
  'supply.groupBy': { zh: '分組', en: 'Group by' },
  'supply.mapTitle': {
    zh: '各縣市「{option}」每百位有需求教師的名額（{dimension}）',
    en: 'Seats per 100 teachers asking for “{option}” by county ({dimension})',
  },
  'supply.mapLegend': { zh: '每百人名額', en: 'Seats per 100 asking' },
  'supply.per100': { zh: '每百人 {n} 席', en: '{n} seats per 100' },
  'supply.lineDemand': { zh: '{n} 位教師有需求', en: '{n} teachers asking' },
  'supply.lineSeats': { zh: '{n} 個名額（{courses} 門課程）', en: '{n} seats ({courses} courses)' },
  'supply.tableTitle': { zh: '「{option}」的需求、供給與參與', en: 'Demand, supply and uptake of “{option}”' },
  'supply.col.group': { zh: '分組', en: 'Group' },
  'supply.col.demand': { zh: '有需求教師', en: 'Teachers asking' },
  'supply.col.plannedHours': { zh: '規劃時數', en: 'Planned hours' },
  'supply.col.courses': { zh: '開設課程', en: 'Courses' },
  'supply.col.seats': { zh: '名額', en: 'Seats' },
  'supply.col.hoursOffered': { zh: '提供人時數', en: 'Seat-hours offered' },
  'supply.col.registrations': { zh: '錄取人次', en: 'Admitted' },
  'supply.col.hoursIssued': { zh: '核發時數', en: 'Hours issued' },
  'supply.col.seatsPer100': { zh: '每百人名額', en: 'Seats per 100 asking' },
  'supply.col.fillRate': { zh: '名額使用率', en: 'Seats filled' },
  'supply.col.issuedShare': { zh: '核發／規劃時數', en: 'Issued / planned hours' },
  'supply.exact': { zh: '精確數字', en: 'Exact figures' },
  'supply.perturbed': {
    zh: '需求與參與人數經統計保密處理（每格至多差 2），少於 {k} 人不公開；課程與名額為公開資料。',
    en: 'Demand and uptake are perturbed by the disclosure control (each within 2), fewer than {k} not shown; courses and seats are public.',
  },
  'supply.national': { zh: '全國（不分縣市）', en: 'National (no county)' },
} satisfies Messages;
