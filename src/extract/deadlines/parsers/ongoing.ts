/**
 * Work with no end: 持续推进, 长期坚持, 长期, 常态化, 持续开展, 逐步推进, 长效, 不断, 滚动 …
 * A small list of words that mean "no end"; the verb after them does not matter.
 */
import type { Parser } from '../types';

export const ongoingParser: Parser = {
  name: 'ongoing',
  pattern: /持续|长期|常态化?|常年|长效|逐步|不断|稳步|滚动|久久为功|持之以恒|一以贯之|始终|常抓不懈|动态|经常性?|日常|坚持/g,
  extract(m) {
    return { from: m.index, to: m.index + m[0].length, kind: 'ongoing', start: null, end: null, span: null, dated: false };
  },
};
