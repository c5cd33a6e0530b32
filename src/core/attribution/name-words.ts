// Word lists the name finder reads (no NER in the lite model, so lists reviewed like code).

// Words that precede a name and are not part of it ("Lt. Gen. Keith Kellogg" is Kellogg).
export const TITLES: ReadonlySet<string> = new Set(
  (
    'mr. mrs. ms. dr. mr mrs ms dr prof. sen. rep. gov. gen. lt. col. maj. capt. sgt. adm. st. ' +
    'president mp archbishop bishop cardinal rev. reverend father sister ' +
    'senator governor general colonel captain minister prime secretary chancellor judge justice ' +
    'king queen prince princess pope sir dame lord lady mayor chairman chairwoman ceo envoy ' +
    'ambassador deputy foreign vice former premier representative jr. jr sr. sr ' +
    'speaker chief chair'
  ).split(' '),
);

// Party labels that stand before a name as a title does ("Democrat Lena Ortiz").
export const PARTY_LABELS: ReadonlySet<string> = new Set(['democrat', 'republican']);

// Words that make a capitalised run an organisation.
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'ministry department agency party council commission company corporation corp. inc. ltd ' +
    'bank university institute police army navy court congress parliament senate committee ' +
    'association federation office service union group foundation reuters fund network bros ' +
    'exchange radio times news post airlines motors media television tv directorate services ' +
    'administration school hospital infirmary assembly bureau centers centres reserve'
  ).split(' '),
);

// Words that make a run an organisation only as its last word: "Swedish Prosecution Authority"
// and "Global Lighting Technologies", but "Project Manager Fumihiko Hazama" is a person.
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  (
    'authority program programme technologies systems initiative project society organisation ' +
    'organization board trust alliance coalition'
  ).split(' '),
);

// Institutions named after their building or street, whose words are otherwise places.
export const INSTITUTIONS: ReadonlySet<string> = new Set(['white house', 'downing street']);

export const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...'january february march april may june july august september october november december'.split(
    ' ',
  ),
]);

// Capitalised runs that are places or things, not people ("New York", "Independence Palace").
export const NOT_A_PERSON: ReadonlySet<string> = new Set([
  ...DATE_WORDS,
  ...(
    'new los las san hong united north south east west great middle palace house street square ' +
    'hall center centre park river island sea ocean city county state states republic kingdom ' +
    'nations security airport station road bridge cup league day christmas easter europe africa ' +
    'asia america democrat democrats republican republicans labour tory tories vote ave. avenue ' +
    'blvd. boulevard empire war'
  ).split(' '),
]);

// The last word of an organisation's name after "and" is often an abstract noun ("Centers for
// Disease Control and Prevention"); a surname rarely ends so ("the Department of Justice and
// Smith"; not "-ance", "-ence" or "-ity": Vance, Lawrence, Hannity).
export const ABSTRACT_NOUN = /(tion|sion|ment|ics|ism)$/u;
