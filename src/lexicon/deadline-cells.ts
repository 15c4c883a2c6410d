/**
 * Words that make a short cell read as a time rather than units or text — 2024年底前 aside (a
 * year reads as a time by itself): 持续推进, 长期坚持, 即日起, 立即启动, 定期开展, 每半年, 年内.
 * The table reader places a cell by them before any deadline is parsed.
 */
export const DEADLINE_CELL_WORDS: readonly string[] = [
  '期间', '时期', '底前', '前完成', '以前', '之前', '季度', '上半年', '下半年', '年底', '年内', '每年', '每季', '每月', '每半年',
  '每周', '每旬', '长期', '持续', '常态', '逐步', '适时', '按期', '按年度', '即日起', '立即', '定期', '随时', '及时', '全年',
];
