/** Notice metadata in the common official layouts (GB/T 9704 and the telegram variant). */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src';

const plan = ['附件', '', '某某任务分工', '', '序号\t主要任务\t责任单位\t完成时限', '1\t推进工作。\t县民政局\t持续推进'];

describe('GB/T 9704 letterhead', () => {
  it('reads 份号, 紧急程度, the organ mark, the doc number with 签发人, a two-line title and the closing', () => {
    const text = [
      '000123',
      '特急',
      '青田县人民政府办公室文件',
      '青政办发〔2024〕12号      签发人：李明',
      '青田县人民政府办公室关于印发青田县',
      '2024年重点工作任务分工的通知',
      '各乡镇人民政府，县直各单位：',
      '    现将《某某任务分工》印发给你们，请认真贯彻落实。',
      '附件：某某任务分工',
      '青田县人民政府办公室',
      '二〇二四年三月五日',
      '（此件公开发布）',
      ...plan,
    ].join('\n');
    const { meta } = parse(text).notice;
    expect(meta).toMatchObject({
      title: '青田县人民政府办公室关于印发青田县2024年重点工作任务分工的通知',
      docNumber: '青政办发〔2024〕12号',
      signer: '李明',
      urgency: '特急',
      sender: '青田县人民政府办公室',
      issuer: '青田县人民政府办公室',
      date: '2024-03-05',
      disclosure: '公开发布',
      addressees: ['各乡镇人民政府', '县直各单位'],
    });
  });

  it('reads a doc number printed under the title, and a joint signature', () => {
    const text = [
      '关于印发某某任务分工的通知',
      '某政〔2023〕7号',
      '各有关单位：',
      '    现将任务分工印发给你们。',
      '中共某某县委办公室',
      '某某县人民政府办公室',
      '2023年12月1日',
      ...plan,
    ].join('\n');
    const { meta } = parse(text).notice;
    expect(meta.title).toBe('关于印发某某任务分工的通知');
    expect(meta.docNumber).toBe('某政〔2023〕7号');
    expect(meta.issuer).toBe('中共某某县委办公室、某某县人民政府办公室');
  });
});

describe('telegram letterhead', () => {
  it('separates the telegram class from the doc number', () => {
    const text = ['某某省发电', '发电单位 某某县人民政府办公室', '签发盖章 王五', '等级 特急 · 密电某政办发明电〔2024〕3号 某机发 号', '关于印发某某任务分工的通知', '各有关单位：', '    现印发给你们。', ...plan].join('\n');
    const { meta } = parse(text).notice;
    expect(meta).toMatchObject({ sender: '某某县人民政府办公室', signer: '王五', urgency: '特急', telegramClass: '密电', docNumber: '某政办发明电〔2024〕3号' });
  });
});
