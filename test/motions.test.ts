import { describe, expect, it } from 'vitest';
import { readMovers } from '../src/extract/motions/names.js';
import { readVote } from '../src/extract/motions/votes.js';
import { readFacts } from '../src/extract/motions/facts.js';
import { lexiconFor } from '../src/lexicon/index.js';
import { VFile } from 'vfile';
import { parseText } from '../src/index.js';

const lex = lexiconFor();
const counts = (text: string) => {
  const v = readVote(text);
  return v && Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'words'));
};

describe('movers and seconders', () => {
  it.each([
    ['Moved: Cr Hughes', 'Hughes', undefined],
    ['Proposed Cllr Hale, seconded Cllr Moss, all in favour.', 'Hale', 'Moss'],
    ['It was moved by Councillor Walker, seconded by Councillor Fox and', 'Walker', 'Fox'],
    ['On the PROPOSAL of Cllr P. Keane, SECONDED by Cllr M. Hogan, it was AGREED', 'P. Keane', 'M. Hogan'],
    ['Council Member Diaz made a motion, seconded by Mayor Pro Tem Park, to adopt Ordinance 2026-04.', 'Diaz', 'Park'],
    ['The Convener, seconded by Councillor Baird, moved that the Committee approve the budget.', 'Convener', 'Baird'],
    ['At this point Councillor Hidderley proposed that the item be deferred.', 'Hidderley', undefined],
    ['R2019-64  T. Marchant, L. Moore:  That the minutes be adopted.', 'T. Marchant', 'L. Moore'],
    ['Motion (Ames/Bell): That the budget be adopted.', 'Ames', 'Bell'],
    ['Moved by Con. Allin, seconded by Con. Gray.', 'Allin', 'Gray'],
    ['Seconded: Deputy Chairperson S Cattle', undefined, 'S Cattle'],
    ['Moved Mayor Lee/Cr Ross', 'Lee', 'Ross'],
    ['RESOLVED (Cr Smith / Cr Jones) that the report be received.', 'Smith', 'Jones'],
    ['Councillor Lee moved, and Councillor Ross seconded, that the item be deferred.', 'Lee', 'Ross'],
    ['Motion to approve: Commissioner Diaz. Second: Commissioner Ng.', 'Diaz', 'Ng'],
    ['Mover: Trustee Ng   Seconder: Trustee Park', 'Ng', 'Park'],
    ['RESOLVED on the motion of Councillors Hart and Mills that the plan be adopted.', 'Hart', 'Mills'],
    ['On the motion of Cr Lee and Cr Ross it was resolved that the budget be adopted.', 'Lee', 'Ross'],
    ['M/S/C (Okada/Brandt) to approve the minutes of February 3, 2026 (5-0).', 'Okada', 'Brandt'],
    ['MOTION: Ferreira SECOND: Okada to award the contract.', 'Ferreira', 'Okada'],
    ['Motion to approve as written by Ms. Adams, second by Mr. Ruiz.', 'Adams', 'Ruiz'],
    ['Motion: Council Member Soto', 'Soto', undefined],
    ['Motion made by Council Member Alvarez, Seconded by Mayor Pro Tem Rhodes to approve the consent agenda.', 'Alvarez', 'Rhodes'],
    ['It is proposed by Councillor Anne Boucher, seconded by Councillor Marc Gagnon', 'Anne Boucher', 'Marc Gagnon'],
    ['Motion by Alder Kowalski, second by Alderperson Brandt, to approve the consent agenda.', 'Kowalski', 'Brandt'],
    ['Motion by Trustee Wozniak, supported by Treasurer Okonjo, to award the contract.', 'Wozniak', 'Okonjo'],
    // A city's action minutes: the movers in a bracket after the verdict and its score.
    ['Council Action: Approved 5-0 (Motion: Okonkwo; Second: Ferreira)', 'Okonkwo', 'Ferreira'],
    // A community council's members by initial and surname, with no title.
    ['Proposed G. Ross, seconded K. Sinclair.', 'G. Ross', 'K. Sinclair'],
    ['(proposed G. Ross, seconded K. Sinclair).', 'G. Ross', 'K. Sinclair'],
    // A surname that is also a title.
    ['It was moved by Councillor Okonjo and seconded by Councillor Reeve that the application be refused.', 'Okonjo', 'Reeve'],
    // A nomination: the member before "proposed" moves, the one after is nominated.
    ['Cllr. E. Walsh proposed Cllr. J. Power as Cathaoirleach, seconded by Cllr. T. Dunne.', 'E. Walsh', 'T. Dunne'],
    ['The Leader of the Council moved and the Deputy Leader seconded the recommendations of Cabinet.', 'Leader of the Council', 'Deputy Leader'],
  ])('%s', (text, mover, seconder) => {
    const found = readMovers(text);
    expect(found.mover?.name).toBe(mover);
    expect(found.seconder?.name).toBe(seconder);
  });

  it.each([
    'Approve the proposed Pay Policy Statement and method of implementation;',
    'The Council moved into closed session at 7.10pm.',
    'Marshall Teece is believed to have moved to Mt. Isa.',
    'On the motion of the Chief Executive the item was withdrawn.',
    'The bid, supported by the Town Council, was approved.',
  ])('names no mover in "%s"', (text) => {
    expect(readMovers(text)).toEqual({});
  });

  it('keeps the words that name them', () => {
    expect(readMovers('Motion by Councilmember Ortiz, seconded by Councilmember Hale, to approve.')).toEqual({
      mover: { name: 'Ortiz', words: 'Motion by Councilmember Ortiz' },
      seconder: { name: 'Hale', words: 'seconded by Councilmember Hale' },
    });
  });
});

describe('votes', () => {
  it.each([
    ['CARRIED 5/0', { for: 5, against: 0 }],
    ['Motion carried 4-1.', { for: 4, against: 1 }],
    ['CARRIED on a recorded vote (4 to 1)', { for: 4, against: 1 }],
    ['The amendment was lost by 12 votes to 30.', { for: 12, against: 30 }],
    ['6 Ayes, 0 Noes', { for: 6, against: 0 }],
    ['(For: 7, Against: 2, Abstentions: 1)', { for: 7, against: 2, abstain: 1 }],
    ['Roll call vote: Ayes - 5; Nays - 0. Motion carried.', { for: 5, against: 0 }],
    ['Carried unanimously', { unanimous: true }],
    ['The substantive motion was then put and carried nem con.', { nem_con: true }],
    ['AYES: Council Members Ortiz, Hale, Diaz NOES: None', { for: 3, against: 0, for_names: ['Ortiz', 'Hale', 'Diaz'] }],
    ['FOR: Cllrs Keane, Hogan, Daly (3)', { for: 3, for_names: ['Keane', 'Hogan', 'Daly'] }],
    ['For the Amendment (5): Councillors Mackay, Munro, Reid, Ross and Shaw', { against: 5, against_names: ['Mackay', 'Munro', 'Reid', 'Ross', 'Shaw'] }],
    ['Aye: 5 Ortiz, Hale, Diaz, Park and Lee', { for: 5, for_names: ['Ortiz', 'Hale', 'Diaz', 'Park', 'Lee'] }],
    ['On a division the voting was: For – Crs Allen, Brown, Chen (3); Against – Crs Dale, Evans (2).', { for: 3, against: 2, for_names: ['Allen', 'Brown', 'Chen'], against_names: ['Dale', 'Evans'] }],
    ['Vote: Yes - 6, No - 1, Abstain - 0', { for: 6, against: 1, abstain: 0 }],
    ['4-0, Director Lujan absent.', { for: 4, against: 0 }],
    ['Motion carried 3-1 (Tan voting no).', { for: 3, against: 1, against_names: ['Tan'] }],
    ['The motion carried 4-1 (Ruiz no).', { for: 4, against: 1, against_names: ['Ruiz'] }],
    ['Motion passed 2-1 with Commissioner Lunde voting nay.', { for: 2, against: 1, against_names: ['Lunde'] }],
    ['On being put to the vote, 8 Members voted for and 5 against and the proposal was declared carried.', { for: 8, against: 5 }],
    ['Cr Te Aho requested that his vote against be recorded.', { against: 1, against_names: ['Te Aho'] }],
    ['CARRIED BY ABSOLUTE MAJORITY 7/0', { for: 7, against: 0 }],
    ['For: 5 (Cllrs. Ó Riain, Keegan, Brennan, Daly, Moran)', { for: 5, for_names: ['Ó Riain', 'Keegan', 'Brennan', 'Daly', 'Moran'] }],
    ['Resolved (with 3 abstentions) – That the Strategy be recommended to Cabinet.', { abstain: 3 }],
    ['Board Action: Approved as recommended. (5-0)', { for: 5, against: 0 }],
    ['Denied the appeal. (3-2, Supervisors Lam and Ortega voting no)', { for: 3, against: 2, against_names: ['Lam', 'Ortega'] }],
    ['On a division, there voted for the motion 9 and for the amendment 5, and the motion was accordingly carried.', { for: 9, against: 5 }],
    ['Voting Yea: Councilmember Kim, Mayor Pro Tem Rhodes, Councilmember Tate', { for: 3, for_names: ['Kim', 'Rhodes', 'Tate'] }],
    ['Voting Nay: None', { against: 0 }],
    ['Opposed: Councillors Fehr and Dubois', { against: 2, against_names: ['Fehr', 'Dubois'] }],
    ['Resolution No. 2025-71 was adopted on a 5-2 vote.', { for: 5, against: 2 }],
    ['The Board, by a 4-1 roll call vote, approved the budget.', { for: 4, against: 1 }],
    ['Cr Hong requested that her vote against the resolution be recorded.', { against: 1, against_names: ['Hong'] }],
    ['Crs Lee and Tane asked for their votes against to be recorded.', { against: 2, against_names: ['Lee', 'Tane'] }],
    ['Cr Amos recorded his abstention.', { abstain: 1, abstain_names: ['Amos'] }],
    ['Roll call: Halvorsen-aye, Brekke-nay, Tjaden-aye. Motion carried.', { for: 2, against: 1, for_names: ['Halvorsen', 'Tjaden'], against_names: ['Brekke'] }],
    ['Ayes: all. Motion carried.', { unanimous: true }],
    ['All voting aye.', { unanimous: true }],
    ['Yes: 5 - Ortiz, Hale, Diaz, Park and Lee No: 1 - Chen', { for: 5, against: 1, for_names: ['Ortiz', 'Hale', 'Diaz', 'Park', 'Lee'], against_names: ['Chen'] }],
    ['Roll call vote: Yes: Alvarado, Cho, Ferris, Gupta. No: Hale. Motion carried 4-1.', { for: 4, against: 1, for_names: ['Alvarado', 'Cho', 'Ferris', 'Gupta'], against_names: ['Hale'] }],
    // A page cut into sentences leaves the ayes after "Roll Call:" on a line of their own, the noes on the next.
    ['Roll Call: Ayes: Dietz, Iqbal, Lutz, Okonkwo.', { for: 4, for_names: ['Dietz', 'Iqbal', 'Lutz', 'Okonkwo'] }],
  ])('%s', (text, want) => {
    expect(counts(text)).toEqual(want);
  });

  it.each([
    'That the 2024-25 budget be approved.',
    'Council approved items (3-5) on the consent agenda dated 12/15/2025.',
    'For information: the works were completed on time.',
    '315-05-03',
    '12-14 Market Street.',
    'The works are listed in the schedule (3-5).',
    'Councillor Dunn requested that her comments be recorded.',
    'Smith - No comment was made on the item.',
  ])('reads no vote in "%s"', (text) => {
    expect(readVote(text)).toBeUndefined();
  });
});

describe('one line read as a whole', () => {
  it('tells an amendment from a motion about an amendment to a plan', () => {
    expect(readFacts('The amendment was LOST 2/5', lex)?.amendment).toBe(true);
    expect(readFacts('Moved by Cr Lee that the amendment to the Local Plan be approved.', lex)?.amendment).toBe(false);
    expect(readFacts('For the Amendment (5): Councillors Mackay, Munro', lex)?.amendment).toBe(false);
  });

  it('reads a verdict inside a longer line, and not "carried out"', () => {
    expect(readFacts('(Proposed by Councillor Fox, seconded by Councillor Walker; carried by 6 votes to 3)', lex)).toMatchObject({
      mover: { name: 'Fox' }, seconder: { name: 'Walker' }, outcome: { value: 'carried' }, vote: { for: 6, against: 3 }, after: true,
    });
    expect(readFacts('The works were carried out by the contractor and approved by officers.', lex)).toBeUndefined();
    expect(readFacts('The motion was withdrawn with the consent of the seconder.', lex)?.outcome?.value).toBe('withdrawn');
    expect(readFacts('The substantive motion, as amended, was carried.', lex)?.outcome).toMatchObject({ value: 'carried', as_amended: true });
  });
});

describe('which decision a line belongs to', () => {
  const facts = (text: string) => parseText(text, new VFile({ path: 'minutes.txt' })).resolutions.map((r) => ({ text: r.text.slice(0, 24), mover: r.mover?.name, vote: r.vote?.words }));

  it('gives each RESOLVED its own vote when no item title stands between them', () => {
    expect(facts('Resolved by 7 votes to 2 that the application be refused.\n\nRESOLVED that permission be granted.\n\nRESOLVED nem. con. that the order be confirmed.\n')).toEqual([
      { text: 'that the application be ', mover: undefined, vote: '7 votes to 2' },
      { text: 'that permission be grant', mover: undefined, vote: undefined },
      { text: 'that the order be confir', mover: undefined, vote: 'nem. con.' },
    ]);
  });

  it('gives movers printed after a decision to that decision, not to the outcome sentences above it', () => {
    const found = facts('6. Finance\n\nThe insurance renewal was discussed and agreed by all councillors.\nIt was agreed that we ask for a precept of £9,500. Proposed Cllr Amos, seconded Cllr Bell, all in favour.\n');
    expect(found).toEqual([
      { text: 'The insurance renewal wa', mover: undefined, vote: undefined },
      { text: 'that we ask for a precep', mover: 'Amos', vote: 'all in favour' },
    ]);
  });

  it('gives a decision the movers on its own line over a mover left from a proposal above that came to nothing', () => {
    const found = facts('8. Grants\n\nCllr Dunn proposed that the item be deferred.\n\nRESOLVED (Cllr Amos/Cllr Bell) that the grant of £500 be paid.\n');
    expect(found).toEqual([{ text: 'that the grant of £500 b', mover: 'Amos', vote: undefined }]);
  });
});
