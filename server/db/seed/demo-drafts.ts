import { randomUUID } from 'node:crypto';
import type { NewParagraph, TextRun } from '@/lib/negotiation/draft-doc';
import { MARKS, type ParagraphKind, type ProposalMarkAttrs, type SpotForm } from '@/lib/negotiation/schema';

/** The pending proposal by Mexico that the demo opens with (a replacement in draft 1, OP 1). */
export const DEMO_PROPOSAL_ID = '6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f';
export const DEMO_PROPOSAL_AT = '2022-06-29T09:40:00.000Z';

export interface DemoDraftContext {
  /** The secretariat user who bracketed the text. */
  secretariatUserId: string;
  mexico: { delegationId: string; userId: string };
  /** Named as the proponent of one bracketed passage. */
  europeanUnion: string;
  /** Named in the Chinese draft's attributions. */
  egypt: string;
  canada: string;
}

/**
 * A span of paragraph text: plain, in brackets (alone, or as one alternative of a spot or one
 * option of the paragraph, with its proponent), or part of Mexico's pending proposal.
 */
type Span =
  | string
  | { bracketed: string; spot?: string; form?: SpotForm; option?: string; noText?: boolean; delegation?: string }
  | { proposedDeletion: string }
  | { proposedInsertion: string };

export interface DemoDraft {
  agendaItemNumber: string;
  title: string;
  symbol: string;
  /** 'en' unless the draft was tabled in another language. */
  originalLanguage: string;
  paragraphs: NewParagraph[];
  /** Set when the draft carries the demo proposal, so its entry (positions) is written too. */
  proposal?: ProposalMarkAttrs;
}

export function demoDrafts(context: DemoDraftContext): DemoDraft[] {
  const proposal: ProposalMarkAttrs = {
    proposal: DEMO_PROPOSAL_ID,
    delegation: context.mexico.delegationId,
    author: context.mexico.userId,
    at: DEMO_PROPOSAL_AT,
  };
  const spots = { pp2: randomUUID(), op1: randomUUID(), op6: randomUUID(), zhPp2: randomUUID(), zhOp2bis: randomUUID(), zhOp3: randomUUID() };
  const toRuns = (spans: Span[]): TextRun[] =>
    spans.flatMap((span): TextRun[] => {
      if (typeof span === 'string') return [{ insert: span }];
      if ('bracketed' in span) {
        // Spaces at a bracket's edge stay outside it, as the room writes "cases [and …]".
        const { bracketed, ...rest } = span;
        const core = bracketed.trim();
        const lead = bracketed.slice(0, bracketed.indexOf(core));
        const trail = bracketed.slice(lead.length + core.length);
        const marked = { insert: core, attributes: { [MARKS.bracket]: { id: randomUUID(), by: context.secretariatUserId, ...rest } } };
        return [...(lead ? [{ insert: lead }] : []), marked, ...(trail ? [{ insert: trail }] : [])];
      }
      if ('proposedDeletion' in span) return [{ insert: span.proposedDeletion, attributes: { [MARKS.deletion]: proposal } }];
      return [{ insert: span.proposedInsertion, attributes: { [MARKS.insertion]: proposal } }];
    });
  const paragraph = (kind: ParagraphKind, label: string, ...spans: Span[]): NewParagraph => ({
    id: randomUUID(),
    kind,
    label,
    runs: toRuns(spans),
  });

  return [
    {
      agendaItemNumber: '2',
      title:
        'Draft recommendations on criminal justice responses to victims of trafficking in persons compelled to commit offences',
      symbol: 'CTOC/COP/WG.4/2022/CRP.1',
      originalLanguage: 'en',
      proposal,
      paragraphs: [
        paragraph('PP', 'PP1', 'Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, in particular its article 6, on assistance to and protection of victims of trafficking in persons,'),
        paragraph('PP', 'PP2', 'Recalling also the relevant resolutions of the Conference of the Parties, in which States parties were urged to consider, in accordance with their domestic law, not punishing or prosecuting victims of trafficking in persons for unlawful acts committed by them as a direct consequence of having been trafficked,'),
        paragraph('PP', 'PP3', 'Noting with concern that victims of trafficking in persons are frequently compelled to commit offences, ', { bracketed: 'including drug-related offences, immigration offences, theft and fraud, ' }, 'and that they may be detained, prosecuted or punished for such offences instead of being identified and assisted as victims,'),
        paragraph('PP', 'PP4', 'Recognizing that the non-punishment of victims of trafficking in persons is essential to upholding their human rights, to preventing their revictimization and to encouraging them to cooperate with criminal justice authorities,'),
        paragraph('OP', '1', 'States parties should ', { proposedDeletion: 'consider establishing' }, { proposedInsertion: 'establish' }, ', in accordance with their domestic legal frameworks, that victims of trafficking in persons are not punished or prosecuted for unlawful acts they have been compelled to commit as a direct consequence of having been trafficked;'),
        paragraph('OP', '2', 'States parties should provide guidance and training to law enforcement officers, prosecutors and judges on the early identification of victims of trafficking in persons who may have been compelled to commit offences, ', { bracketed: 'including through the use of indicators developed in cooperation with civil society organizations' }, ';'),
        paragraph('OP', '3', 'The Working Group recommends that States parties ensure that victims of trafficking in persons who have been convicted of offences that they were compelled to commit have access to effective remedies, ', { bracketed: 'including the expungement of criminal records, ' }, 'in accordance with domestic law;'),
        paragraph('OP', '4', 'States parties should consider adopting a flexible approach to the link required between the offence committed and the trafficking situation, taking into account the particular vulnerability of child victims, for whom the means element of the offence need not be established;'),
        paragraph('OP', '5', 'The Working Group recommends that States parties collect and share data, disaggregated by sex and age, on cases in which the principle of non-punishment has been applied, with a view to identifying good practices;'),
        paragraph('OP', '6', 'States parties are encouraged to request technical assistance from the United Nations Office on Drugs and Crime in developing legislation, policies and guidance on the non-punishment of victims of trafficking in persons.'),
      ],
    },
    {
      agendaItemNumber: '3',
      title: 'Draft recommendations on joint investigations and specialized prosecution',
      symbol: 'CTOC/COP/WG.4/2022/CRP.2',
      originalLanguage: 'en',
      paragraphs: [
        paragraph('PP', 'PP1', 'Recalling articles 19 and 27 of the United Nations Convention against Transnational Organized Crime, on joint investigations and on law enforcement cooperation,'),
        paragraph('PP', 'PP2', { bracketed: 'Noting', spot: spots.pp2, form: 'adjacent' }, { bracketed: 'Recognizing', spot: spots.pp2, form: 'adjacent', delegation: context.europeanUnion }, ' that trafficking in persons is frequently transnational in nature and that its effective investigation and prosecution often require evidence gathered in several jurisdictions,'),
        paragraph('PP', 'PP3', 'Recognizing the value of specialized prosecution units and of multidisciplinary approaches that place the protection of victims at the centre of criminal justice responses,'),
        paragraph('OP', '1', 'States parties should consider concluding bilateral or multilateral agreements or arrangements to establish ', { bracketed: 'joint investigative bodies', spot: spots.op1, form: 'slash' }, { bracketed: 'joint investigation teams', spot: spots.op1, form: 'slash' }, ' in trafficking in persons cases', { bracketed: ' and, in the absence of such agreements or arrangements, undertaking joint investigations by agreement on a case-by-case basis' }, ';'),
        paragraph('OP', '2', 'States parties should consider establishing specialized units of prosecutors and investigators for trafficking in persons cases, with adequate resources and training, ', { bracketed: 'including on financial investigations and digital evidence' }, ';'),
        paragraph('OP', '3', 'The Working Group recommends that States parties make use of the Convention as a legal basis for mutual legal assistance and extradition in trafficking in persons cases where no bilateral treaty is in force;'),
        paragraph('OP', '4', 'States parties should encourage parallel financial investigations to identify, trace, freeze and confiscate the proceeds of trafficking in persons', { bracketed: ', and consider using confiscated proceeds to compensate victims' }, ';'),
        paragraph('OP', '5', 'States parties should ensure that joint investigations are conducted in a manner that protects the safety, privacy and rights of victims and witnesses, including by avoiding repeated interviews;'),
        paragraph('OP', '6', { bracketed: 'The Working Group recommends that States parties designate central points of contact to facilitate the rapid exchange of information and the coordination of joint investigations.', spot: spots.op6, form: 'option', option: 'Option 1' }, { bracketed: 'No text.', spot: spots.op6, form: 'option', option: 'Option 2', noText: true }),
      ],
    },
    // Tabled in Chinese: the CRP of this draft is a Chinese paper.
    {
      agendaItemNumber: '2',
      title: '关于不惩罚人口贩运被害人的建议草案',
      symbol: 'CTOC/COP/WG.4/2022/CRP.3',
      originalLanguage: 'zh',
      paragraphs: [
        paragraph('PP', 'PP1', '回顾《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》，特别是其中关于向人口贩运被害人提供帮助和保护的第6条，'),
        paragraph('PP', 'PP2', { bracketed: '确认', spot: spots.zhPp2, form: 'adjacent' }, { bracketed: '承认', spot: spots.zhPp2, form: 'adjacent', delegation: context.europeanUnion }, '人口贩运被害人往往被迫实施犯罪，'),
        paragraph('OP', '1', '各缔约国应设立', { bracketed: '专门', delegation: context.egypt }, '机构，负责调查贩运人口案件，并根据本国法律框架确保被害人不因被迫实施的违法行为而受到惩罚或起诉；'),
        paragraph('OP', '2', { bracketed: '各缔约国应考虑向法官、检察官和执法人员提供关于及早识别被害人的培训', delegation: context.canada }, '；'),
        paragraph('OP', '2之二', '各缔约国应汇编关于', { bracketed: '联合调查组', spot: spots.zhOp2bis, form: 'slash' }, { bracketed: '平行调查', spot: spots.zhOp2bis, form: 'slash' }, '和司法协助的数据；'),
        paragraph(
          'OP',
          '3',
          '工作组：',
          { bracketed: '请秘书处编写一份关于不惩罚原则的专题文件。', spot: spots.zhOp3, form: 'option', option: '备选案文1', delegation: context.egypt },
          { bracketed: '无案文。', spot: spots.zhOp3, form: 'option', option: '备选案文2', noText: true },
        ),
      ],
    },
  ];
}
