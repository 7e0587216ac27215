/**
 * Reference data from the seed documents (附件三): the 23 counties in the seed's order with their
 * 109 school-plan group and teacher wave, and the 109 calendar that other years follow.
 */
export interface CountyRef {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  /** Short name used in school names, e.g. 臺北市立 → 臺北市. */
  planGroup: 'A' | 'B';
  teacherWave: 1 | 2 | 3 | 4 | 5;
  /** First letter of national IDs issued there (國教署 has none of its own). */
  idLetter: string;
  /** Share of the nation's K-12 teachers (approximate, sums to 1). */
  teacherShare: number;
  /** Share of the nation's K-12 schools (rural counties have more, smaller schools). */
  schoolShare: number;
  /** Probability that a school of the county is remote (偏遠 or worse). */
  remoteShare: number;
  /** Large cities: more evening and university demand in the generated plans. */
  urban: boolean;
}

export const COUNTIES: CountyRef[] = [
  { id: 1, code: 'NWT', name: '新北市', nameEn: 'New Taipei City', planGroup: 'A', teacherWave: 2, idLetter: 'F', teacherShare: 0.135, schoolShare: 0.095, remoteShare: 0.12, urban: true },
  { id: 2, code: 'TPE', name: '臺北市', nameEn: 'Taipei City', planGroup: 'A', teacherWave: 3, idLetter: 'A', teacherShare: 0.105, schoolShare: 0.065, remoteShare: 0.02, urban: true },
  { id: 3, code: 'TAO', name: '桃園市', nameEn: 'Taoyuan City', planGroup: 'A', teacherWave: 4, idLetter: 'H', teacherShare: 0.09, schoolShare: 0.07, remoteShare: 0.1, urban: true },
  { id: 4, code: 'TXG', name: '臺中市', nameEn: 'Taichung City', planGroup: 'A', teacherWave: 4, idLetter: 'B', teacherShare: 0.115, schoolShare: 0.085, remoteShare: 0.08, urban: true },
  { id: 5, code: 'TNN', name: '臺南市', nameEn: 'Tainan City', planGroup: 'B', teacherWave: 3, idLetter: 'D', teacherShare: 0.075, schoolShare: 0.08, remoteShare: 0.12, urban: true },
  { id: 6, code: 'KHH', name: '高雄市', nameEn: 'Kaohsiung City', planGroup: 'B', teacherWave: 5, idLetter: 'E', teacherShare: 0.1, schoolShare: 0.085, remoteShare: 0.12, urban: true },
  { id: 7, code: 'ILA', name: '宜蘭縣', nameEn: 'Yilan County', planGroup: 'B', teacherWave: 2, idLetter: 'G', teacherShare: 0.02, schoolShare: 0.03, remoteShare: 0.35, urban: false },
  { id: 8, code: 'HSQ', name: '新竹縣', nameEn: 'Hsinchu County', planGroup: 'B', teacherWave: 3, idLetter: 'J', teacherShare: 0.025, schoolShare: 0.03, remoteShare: 0.35, urban: false },
  { id: 9, code: 'MIA', name: '苗栗縣', nameEn: 'Miaoli County', planGroup: 'A', teacherWave: 1, idLetter: 'K', teacherShare: 0.02, schoolShare: 0.035, remoteShare: 0.4, urban: false },
  { id: 10, code: 'CHA', name: '彰化縣', nameEn: 'Changhua County', planGroup: 'A', teacherWave: 2, idLetter: 'N', teacherShare: 0.05, schoolShare: 0.055, remoteShare: 0.1, urban: false },
  { id: 11, code: 'NAN', name: '南投縣', nameEn: 'Nantou County', planGroup: 'A', teacherWave: 2, idLetter: 'M', teacherShare: 0.022, schoolShare: 0.04, remoteShare: 0.5, urban: false },
  { id: 12, code: 'YUN', name: '雲林縣', nameEn: 'Yunlin County', planGroup: 'B', teacherWave: 3, idLetter: 'P', teacherShare: 0.026, schoolShare: 0.045, remoteShare: 0.35, urban: false },
  { id: 13, code: 'CYQ', name: '嘉義縣', nameEn: 'Chiayi County', planGroup: 'B', teacherWave: 5, idLetter: 'Q', teacherShare: 0.019, schoolShare: 0.038, remoteShare: 0.45, urban: false },
  { id: 14, code: 'PIF', name: '屏東縣', nameEn: 'Pingtung County', planGroup: 'B', teacherWave: 4, idLetter: 'T', teacherShare: 0.036, schoolShare: 0.05, remoteShare: 0.45, urban: false },
  { id: 15, code: 'TTT', name: '臺東縣', nameEn: 'Taitung County', planGroup: 'B', teacherWave: 5, idLetter: 'V', teacherShare: 0.013, schoolShare: 0.03, remoteShare: 0.8, urban: false },
  { id: 16, code: 'HUA', name: '花蓮縣', nameEn: 'Hualien County', planGroup: 'B', teacherWave: 1, idLetter: 'U', teacherShare: 0.016, schoolShare: 0.033, remoteShare: 0.7, urban: false },
  { id: 17, code: 'PEN', name: '澎湖縣', nameEn: 'Penghu County', planGroup: 'B', teacherWave: 1, idLetter: 'X', teacherShare: 0.006, schoolShare: 0.015, remoteShare: 0.9, urban: false },
  { id: 18, code: 'KEE', name: '基隆市', nameEn: 'Keelung City', planGroup: 'A', teacherWave: 4, idLetter: 'C', teacherShare: 0.013, schoolShare: 0.016, remoteShare: 0.1, urban: false },
  { id: 19, code: 'HSZ', name: '新竹市', nameEn: 'Hsinchu City', planGroup: 'A', teacherWave: 2, idLetter: 'O', teacherShare: 0.02, schoolShare: 0.014, remoteShare: 0.02, urban: false },
  { id: 20, code: 'CYI', name: '嘉義市', nameEn: 'Chiayi City', planGroup: 'B', teacherWave: 5, idLetter: 'I', teacherShare: 0.012, schoolShare: 0.01, remoteShare: 0.0, urban: false },
  { id: 21, code: 'LIE', name: '連江縣', nameEn: 'Lienchiang County', planGroup: 'B', teacherWave: 1, idLetter: 'Z', teacherShare: 0.002, schoolShare: 0.003, remoteShare: 1.0, urban: false },
  { id: 22, code: 'KIN', name: '金門縣', nameEn: 'Kinmen County', planGroup: 'B', teacherWave: 1, idLetter: 'W', teacherShare: 0.005, schoolShare: 0.006, remoteShare: 0.9, urban: false },
  { id: 23, code: 'K12EA', name: '國教署', nameEn: 'K-12 Education Administration', planGroup: 'A', teacherWave: 1, idLetter: 'L', teacherShare: 0.083, schoolShare: 0.04, remoteShare: 0.15, urban: false },
];

/** 109 calendar (附件三 陸), as [month, day] in Taiwan time; other years shift by whole years. */
export const CALENDAR_109 = {
  service: { from: [8, 10], to: [7, 31] },
  schoolPlan: { A: { from: [8, 10], to: [8, 19] }, B: { from: [8, 20], to: [8, 28] } },
  teacherPlan: {
    1: { from: [9, 2], to: [9, 8] },
    2: { from: [9, 4], to: [9, 11] },
    3: { from: [9, 9], to: [9, 16] },
    4: { from: [9, 16], to: [9, 23] },
    5: { from: [9, 23], to: [9, 30] },
  },
} as const;

/** A Taiwan-time (UTC+8, no daylight saving) date-time as a UTC Date. */
export function taipei(year: number, month: number, day: number, h = 0, m = 0, s = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, h - 8, m, s));
}

/** ROC school year -> the Gregorian year it starts in (109 -> 2020). */
export const gregorianStart = (rocYear: number) => rocYear + 1911;

/**
 * 伍、各學年度參與縣市資料: participating schools and teachers per school year, and the counties
 * (by id) that took part. 104 was not opened. (▲ in the seed, for 桃園市 in 99, counts as taking part.)
 */
const ALL_YEARS_COUNTIES = [3, 5, 7, 14, 16, 20, 21, 23];
const FROM_100_COUNTIES = [2, 6, 9, 11, 12, 13, 15, 17, 18, 19];
const ALL_COUNTIES = Array.from({ length: 23 }, (_, i) => i + 1);
export const PARTICIPATION_HISTORY: Record<number, { schools: number; teachers: number; counties: number[] }> = {
  99: { schools: 671, teachers: 9900, counties: ALL_YEARS_COUNTIES },
  100: { schools: 1544, teachers: 20009, counties: [...ALL_YEARS_COUNTIES, ...FROM_100_COUNTIES] },
  101: { schools: 2345, teachers: 34172, counties: ALL_COUNTIES },
  102: { schools: 3274, teachers: 74879, counties: ALL_COUNTIES },
  103: { schools: 3260, teachers: 76080, counties: ALL_COUNTIES },
  105: { schools: 1131, teachers: 25009, counties: ALL_COUNTIES },
  106: { schools: 544, teachers: 14909, counties: ALL_COUNTIES },
  107: { schools: 620, teachers: 13739, counties: ALL_COUNTIES },
  108: { schools: 642, teachers: 12815, counties: ALL_COUNTIES },
};
