import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDraftState, getParagraph, getParagraphRuns, paragraphIds } from '@/lib/negotiation/draft-doc';
import { renderParagraphText } from '@/lib/negotiation/render';
import { ENGLISH_DRAFT_AS_WRITTEN, fixture, MEETING_DELEGATIONS, ok } from '@/test-support/import/import-test-kit';
import { parseDraftText } from './parse-draft-text';
import { toNewParagraphs } from './to-new-paragraphs';

/**
 * Import → initial paragraphs → stored Y.Doc → the renderer every screen and export uses: each
 * paragraph must read as the room wrote it, in the rendering convention (brackets, "[a][b]",
 * "[a / b]", options on their own lines, attributions in parentheses; a delegation by its name).
 */

const NAMES = new Map(MEETING_DELEGATIONS.map((d) => [d.id, d.name]));

function rendered(source: string, attribution = true): string[] {
  const result = ok(parseDraftText(source, { delegations: MEETING_DELEGATIONS }));
  const paragraphs = toNewParagraphs(result.paragraphs, { bracketedBy: 'u-officer', newId: () => crypto.randomUUID(), delegations: MEETING_DELEGATIONS });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, buildDraftState(paragraphs));
  const texts = paragraphIds(doc).map((id) => {
    const paragraph = getParagraph(doc, id);
    return renderParagraphText(paragraph ? getParagraphRuns(paragraph) : [], { names: (id) => NAMES.get(id) ?? id, attribution });
  });
  doc.destroy();
  return texts;
}

describe('import round trip through the document and the renderer', () => {
  it('renders the English draft as the source wrote it', () => {
    expect(rendered(fixture('english-draft'))).toEqual(ENGLISH_DRAFT_AS_WRITTEN);
  });

  it('renders the Chinese draft with the delegations it names under their names', () => {
    expect(rendered(fixture('chinese-draft'))).toEqual([
      '回顾《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》，',
      '[确认][承认]联合调查是瓦解贩运网络的有效工具，',
      '各缔约国应设立[专门][专职] (Egypt)机构，负责调查贩运人口案件；',
      '[各缔约国应[考虑]向法官、检察官和执法人员提供关于及早识别被害人的培训] (加拿大，得到墨西哥支持；日本：删除)；',
      '各缔约国应[汇编][收集和传播] (欧洲联盟；巴西)关于[联合调查组 / 平行调查 (Chile)]和/或司法协助的数据；',
      '工作组：\n备选案文1：请秘书处编写一份关于专门起诉的专题文件 (Egypt)\n备选案文2：无案文。',
      '各缔约国应[加强][深化]区域合作，并与民间社会组织合作。',
      '决定继续处理此事。',
    ]);
  });

  it('drops every attribution without attribution', () => {
    const texts = rendered(fixture('english-draft'), false);
    expect(texts[2]).toBe('[Concerned] [Deeply concerned] that victims are often [prosecuted / punished] for offences committed as a direct result of having been trafficked,');
    expect(texts[6]).toBe('The Working Group:\nOption 1: Requests the secretariat to prepare a thematic paper on specialized prosecution\nOption 2: No text.');
  });
});
