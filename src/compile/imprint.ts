/**
 * The 版记 that closes an official document (GB/T 9704): "抄送：县委办，县人大常委会办。" and
 * "松阳县人民政府办公室  2024年2月20日印发". The tree keeps each as an imprint leaf, wherever it
 * stands (after the notice, or after the last plan).
 */
import type { Imprint } from '../model/schema';
import type { Root } from '../tree';
import { foldWidth } from '../lines';
import { closeUp } from '../classify/spaced';
import { matchDateLine } from '../classify/notice-lines';
import { splitUnits } from '../extract/units';
import { cleanText } from '../extract/text';
import { leaves } from '../tree/walk';

const COPIED_TO = /^(?:抄送|抄报|分送)(?:单位)? ?[:：] ?/;
const PRINTED = /^(.*?) ?(\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日) ?印发$/;

export function readImprint(root: Root): Imprint {
  const imprint: Imprint = { copiedTo: [], printer: null, printDate: null };
  for (const leaf of leaves(root)) {
    if (leaf.type !== 'imprint') continue;
    const text = closeUp(foldWidth(leaf.value).replace(/\s+/g, ' ').trim());
    const copied = COPIED_TO.exec(text);
    if (copied) {
      const list = text.slice(copied[0].length).replace(/[。.]$/, '');
      for (const name of splitUnits(list).flat()) if (name.trim() !== '') imprint.copiedTo.push(cleanText(name));
      continue;
    }
    const printed = PRINTED.exec(text);
    if (printed) {
      imprint.printer ??= printed[1]!.trim() === '' ? null : cleanText(printed[1]!);
      imprint.printDate ??= matchDateLine(printed[2]!);
    }
  }
  return imprint;
}
