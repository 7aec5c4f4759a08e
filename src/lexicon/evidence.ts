/**
 * Evidence ids that name the reader's grammar rather than a wording: how a record was
 * cut out of its block. Records carry them beside the lexicon's ids; the wordings page
 * lists them so every id a record can carry is explained in one place.
 */
export const READER_EVIDENCE: Readonly<Record<string, string>> = {
  'reader.numbered-clause': 'one numbered clause of the block its marker opened: "(1) …", "a) …", "iv. …"',
  'reader.list-lead-item': 'an item of a list under a lead-in ("That approval be given to: (1) … (2) …"); the lead-in\'s verb and target apply to it',
  'reader.bare-clause': 'a clause with no marker word that reads as a decision by its own shape ("That the report be noted.")',
  'reader.decision-region': 'a clause under a "Decision" heading',
  'reader.decision-record': 'a clause under an item\'s title in a "Record of Decisions" that prints no Decision or RESOLVED word: the item\'s lines are its decisions',
  'reader.motion': 'a motion after a mover label',
  'reader.motion-text': 'the motion\'s text on the lines after its mover label',
  'reader.that-motion': 'a motion printed without its quotes ("That the Council writes to the HSE …"), kept because an outcome line below says it was carried',
  'reader.in-accordance-with': 'a Scottish "Resolved: In accordance with the Motion." (or "… the Amendment"): the words put under that heading above are the decision',
  'reader.quoted-motion': 'a quoted motion with no mover label ("“That this council …”"), kept because an outcome line below says it was carried',
  'reader.legistar-row': 'a Legistar meeting table copied as text, its cells run together ("M 0363-2016 * … Referred to Comm by Council  Action details"): a row whose action cell records what the body did',
  'reader.table-decision': 'a table row whose decision column ("Decision", "Action", "Outcome") says what was decided: "Annual accounts – ADOPTED"',
  'reader.quoted-agreed': 'a bare assent ("Agreed.", "All agreed.") on a line of its own under a quoted motion of the item: the motion was agreed',
  'reader.all-in-favour': 'a parish vote line: "Cllr A proposed …, seconded Cllr B, all in favour"',
  'reader.recommendation-adopted': 'a report\'s recommendation printed in minutes and then adopted ("COUNCIL DECISION / Officer\'s recommendation adopted."): the same clause as the meeting\'s resolution',
  'reader.elected-after-movers': 'a nomination and its election in one sentence ("Cllr Mirza was proposed by Cllr Pearce, seconded by Cllr Hart, and elected unanimously."): the sentence is the record',
  'reader.item-title-motion': 'a motion carried with no words of its own under an item titled by what it does ("7.01 Approve Field Trip …" / "Motion by X, second by Y." / "Final Resolution: Motion Carries"): the title is the decision',
  'reader.proposal-above': 'a motion carried with no words of its own under a numbered line worded as the motion ("8.1 Approve the change order …" / "Motion by X, seconded by Y. Motion carried 5-0."), or under BoardDocs\' motion words ("Approve the 2027-28 calendar with …" / "Motion by X, second by Y."): that line is the decision',
  'reader.consent-lead-in-alone': 'a consent agenda approved by a lead-in whose list stands on the agenda, not under it ("…, the Board approved Consent Agenda Items 1 through 9:" / "AYES: …" / "ITEM 10 – …"): the lead-in is the decision',
  'reader.recommendation-motion': 'a motion carried with no words of its own in an item that printed the recommendation put to the meeting ("Recommendation: Adopt Ordinance No. 1421." / "Motion: Council Member Lee" / "Second: …" / "Motion carried 4-1."): the recommendation is what was decided',
  'reader.action-recommendation': 'an action line\'s verdict under an item whose only records are the recommendations it put ("Recommendation: Authorize the City Manager to …" / "Council Action: Approved 5-0 (Motion: Ruelas; Second: Whitaker)"): the recommendations were adopted',
  'reader.action-title': 'an item whose action line only gives the verdict ("2.1 Approve minutes …" / "ACTION: Approved. Vote: 5-0."): the item\'s title line is the decision',
  'reader.verdict-alone': 'a verdict\'s word alone in sentence case closing an item\'s narrative, not under its title ("PCSO Hale reported three incidents." / "Noted."): the word is its own text, as "NOTED." in capitals is',
  'reader.vote-only-record': 'a carried vote, or a verdict on a recommendation not printed ("The recommendation was put to the meeting and declared carried."), with no motion text anywhere in its item: the verdict is the only record',
  'reader.matter-before': 'an assent with no clause of its own after a matter and its movers on one line ("i. Rotherlea in Bloom – £750. Proposed Cllr A, seconded Cllr B. RESOLVED unanimously."): the matter is what was resolved',
  'reader.number-dash-title': 'a resolution\'s number and its title on one line over a mover label ("Resolution #2027-14 - Authorizing the Payment of Bills" / "Offered by: …"): the title is the resolution',
  'reader.procedural-motion': 'a motion put under a "PROCEDURAL MOTION" heading while another is before the meeting ("That the matter lie on the table …"): read as an amendment is, and a bare "CARRIED" under it is its own verdict',
  'reader.named-motion': 'a resolution whose words only name what it adopted ("The Committee resolved:-" / "to adopt the motion."), with no "Motion" or "Amendment" heading above: the words of the motion or amendment moved before it',
  'reader.tabled-motion': 'a decision that names only the motion or amendment it adopted ("The Committee agreed in terms of the motion.", "To approve the amendment by Councillor Fyfe."): the words tabled under that heading above, each numbered point its own record',
  'reader.quoted-recommendation': 'a motion that names the words it approves in quotes, as BoardDocs prints them ("… seconded to approve the Original motion \'It is recommended that the Board approve the consent agenda, as presented.\'."): the quoted words are the decision, and the body they address is the meeting\'s own',
  'reader.cited-recommendation': 'another body\'s recommendation quoted inside a resolution ("notes the recommendation made by X that …")',
};
