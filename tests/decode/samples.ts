/** Inputs for the decode tests, built here rather than stored as binary fixtures. */
import iconv from 'iconv-lite';

/** A Simplified notice fragment, the mainland layout. */
export const SIMPLIFIED =
  '各乡（镇）人民政府，县直有关单位：\r\n' +
  '经县政府同意，现将《社区服务体系建设规划分工方案》印发给你们，请认真抓好落实。\r\n' +
  '1\t加强组织领导，建立健全工作机制\t县民政局\t各乡（镇）\t2025年底前\r\n';

/** A Traditional notice fragment, as a Taiwan or Hong Kong office would write it. */
export const TRADITIONAL =
  '各區公所、市府各機關：\n' +
  '為推動社區服務體系建設，經本府同意，現將分工方案印發給你們，請認真貫徹執行。\n' +
  '一、加強組織領導。各部門要高度重視，建立健全工作機制，明確時間表、路線圖，確保各項任務有效落實。\n';

export function encode(text: string, encoding: 'gb18030' | 'big5' | 'utf16le' | 'utf16be' | 'utf8'): Uint8Array {
  const name = encoding === 'utf16be' ? 'utf-16be' : encoding;
  return Uint8Array.from(iconv.encode(text, name));
}

export function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
export function randomBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out[i] = state >> 16;
  }
  return out;
}

/** The first 16 bytes of every PNG: signature, then the IHDR chunk length (00 00 00 0D). */
export const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
