import { describe, expect, it } from 'vitest';
import { readDelegationList } from './read-delegation-list';
import { readParticipantList } from './read-participant-list';

describe('readDelegationList', () => {
  it('reads name, short name and kind, with or without a header, kind state party when blank', () => {
    const plain = readDelegationList('Mexico,MEX\nEuropean Union,EU,group\n"Korea, Republic of",KOR,State party\nHoly See,VAT,Observer');
    expect(plain.errors).toEqual([]);
    expect(plain.rows).toEqual([
      { line: 1, name: 'Mexico', shortName: 'MEX', kind: 'state_party', nameTranslations: {} },
      { line: 2, name: 'European Union', shortName: 'EU', kind: 'group', nameTranslations: {} },
      { line: 3, name: 'Korea, Republic of', shortName: 'KOR', kind: 'state_party', nameTranslations: {} },
      { line: 4, name: 'Holy See', shortName: 'VAT', kind: 'observer', nameTranslations: {} },
    ]);
    const headed = readDelegationList('Short name;Name\nMEX;Mexico');
    expect(headed.rows).toEqual([{ line: 2, name: 'Mexico', shortName: 'MEX', kind: 'state_party', nameTranslations: {} }]);
  });

  it('reads the names in the other UN languages from name_xx columns', () => {
    const { rows, errors } = readDelegationList('name,short name,name_fr,name_zh,Name Arabic,name_es\nMexico,MEX,Mexique,墨西哥,المكسيك,\nPeru,PER,,,,Perú');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, name: 'Mexico', shortName: 'MEX', kind: 'state_party', nameTranslations: { fr: 'Mexique', zh: '墨西哥', ar: 'المكسيك' } },
      { line: 3, name: 'Peru', shortName: 'PER', kind: 'state_party', nameTranslations: { es: 'Perú' } },
    ]);
  });

  it('names the line of every problem: missing fields, unknown kinds, repeated names and short names', () => {
    const { rows, errors } = readDelegationList('Mexico,MEX\nPeru\n,XX\nChile,CHL,country\nmexico,MX\nMéxico,mex');
    expect(errors).toMatchObject([
      { line: 2, message: 'The short name of Peru is missing (it is shown next to every proposal, e.g. “MEX”).' },
      { line: 3, message: 'The name is missing.' },
      { line: 4, message: '“country” is not a kind of delegation; write state party, signatory, observer or group.' },
      {
        line: 5,
        message: 'The name “mexico” is already on line 1.',
        sentence: { key: 'server.setup.line.repeated', params: { what: { key: 'server.setup.field.name', params: {} }, value: 'mexico', earlier: 1 } },
      },
      { line: 6, message: 'The short name “mex” is already on line 1.' },
    ]);
    expect(rows.map((row) => row.line)).toEqual([1, 5, 6]);
  });

  it('says an empty list is empty', () => {
    expect(readDelegationList('  \n').errors).toMatchObject([{ line: 1, message: 'The list is empty: paste one delegation a line (name, short name, kind).' }]);
  });
});

describe('readParticipantList', () => {
  const delegations = [
    { id: 'd-mex', name: 'Mexico', shortName: 'MEX', retired: false },
    { id: 'd-per', name: 'Peru', shortName: 'PER', retired: true },
  ];

  it('reads email, name, role and delegation by name or short name; the chair and secretariat sit with none', () => {
    const { rows, errors } = readParticipantList(
      'Email,Name,Role,Delegation\nANA@mission.example, Ana García ,Delegate,mex\nbo@un.example,Bo Chair,Chair,Mexico\ncy@un.example,Cy,secretariat,\ndi@x.example,Di,viewer,\nel@x.example,El,,Mexico',
      delegations,
    );
    expect(errors).toEqual([]);
    expect(rows.map(({ line, email, role, delegationId }) => [line, email, role, delegationId])).toEqual([
      [2, 'ana@mission.example', 'delegate', 'd-mex'],
      [3, 'bo@un.example', 'chair', null],
      [4, 'cy@un.example', 'secretariat', null],
      [5, 'di@x.example', 'viewer', null],
      [6, 'el@x.example', 'delegate', 'd-mex'],
    ]);
    expect(rows[0]?.name).toBe('Ana García');
  });

  it('names the line of every problem', () => {
    const { errors } = readParticipantList(
      'Ana García,ana@x.example\nbo@x.example,,delegate,MEX\ncy@x.example,Cy,minister,MEX\ndi@x.example,Di,observer,\nel@x.example,El,delegate,Atlantis\nfe@x.example,Fe,delegate,Peru\ngu@x.example,Gu,delegate,MEX\nGU@x.example,Gu again,delegate,MEX',
      delegations,
    );
    expect(errors).toMatchObject([
      { line: 1, message: '“ana garcía” is not an email address.' },
      { line: 2, message: 'The name of bo@x.example is missing.' },
      { line: 3, message: '“minister” is not a role; write delegate, observer, viewer, chair or secretariat.' },
      { line: 4, message: 'Di is an observer and needs a delegation.' },
      { line: 5, message: 'There is no delegation “Atlantis” in this meeting; add it first, or write its name or short name as the list of delegations has it.' },
      { line: 6, message: 'Peru is retired; reinstate it before adding participants to it.' },
      { line: 8, message: 'The email “gu@x.example” is already on line 7.' },
    ]);
  });
});
