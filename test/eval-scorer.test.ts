/**
 * Tests for the evaluation harness: scorer rules, aggregation, gold reading, the runner and the report.
 * Records are hand-built: `recordFromGold` gives the record a perfect extractor would return, and each case states
 * only how its record departs from gold.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Evidence, Meeting, Participant, PastReference, PlannedEvent, ReadoutRecord } from '../src/domain/record.ts';
import { formatDocDiffs, formatEvalTable, toEvalReportJson } from '../src/eval/eval-report.ts';
import { GoldFormatError, parseGoldLine, readGold } from '../src/eval/gold-reader.ts';
import type { GoldAnnotation, GoldMeeting, GoldPlannedEvent } from '../src/eval/gold-reader.ts';
import { runEval } from '../src/eval/run-eval.ts';
import { ACCURACY_FIELDS, aggregateScores, scoreDocument } from '../src/eval/scorer.ts';
import type { AccuracyField, DocumentScore } from '../src/eval/scorer.ts';
import { matchOneToOne, normaliseLabel } from '../src/eval/text-matching.ts';
import { emptyRecord } from '../src/pipeline/empty-record.ts';

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

function evidenceOf(text: string, words: string): Evidence {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `fixture evidence not in text: ${words}`);
  return { text: words, start, end: start + words.length, rule: 'test' };
}

function evidenceAt(text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end, rule: 'test' };
}

function plannedEvent(evidence: Evidence, fields: Partial<GoldPlannedEvent> = {}): PlannedEvent {
  return {
    what: fields.what ?? evidence.text,
    evidence: evidence.text,
    whenText: fields.whenText ?? null,
    start: fields.start ?? null,
    end: fields.end ?? null,
    kind: fields.kind ?? 'other',
    approximate: false,
    countries: [],
    people: [],
    provenance: { evidence, when: null, kind: evidence },
  };
}

function pastReference(evidence: Evidence): PastReference {
  return { what: evidence.text, evidence: evidence.text, provenance: { evidence } };
}

function participant(name: string, country: string | null = null, title: string | null = null): Participant {
  return { name, country, title, provenance: { name: { text: name, start: 0, end: 0, rule: 'test' }, country: null, title: null } };
}

function meetingFromGold(gold: GoldMeeting): Meeting {
  return {
    date: gold.date,
    level: gold.level,
    mode: gold.mode,
    countries: [...gold.countries],
    participants: gold.participants.map((p) => participant(p.name, p.country, p.title)),
    durationMinutes: gold.durationMinutes,
    place: gold.place,
    occasion: gold.occasion,
    ordinal: null,
    provenance: { date: null, level: null, mode: null, countries: [], durationMinutes: [], place: null, occasion: null, ordinal: null },
  };
}

/** The record a perfect extractor would return for `gold` (evidence at its first occurrence in `text`). */
function recordFromGold(file: string, text: string, gold: GoldAnnotation): ReadoutRecord {
  return {
    ...emptyRecord(file, text, []),
    published: gold.published,
    meetings: gold.meetings.map(meetingFromGold),
    topics: [...gold.topics],
    plannedEvents: gold.plannedEvents.map((e) => plannedEvent(evidenceOf(text, e.evidence), e)),
    pastReferences: gold.pastReferences.map((r) => pastReference(evidenceOf(text, r.evidence))),
  };
}

const TEXT =
  'September 18, 2017\n' +
  'Mr. Taro Kono, Minister for Foreign Affairs, met Mr. Sergey Lavrov, Minister of Foreign Affairs of Russia, ' +
  'for 32 minutes on the occasion of the United Nations General Assembly in New York. ' +
  'A summit meeting will be held in November. Minister Kono will visit Russia in December. ' +
  'They recalled the Japan-Russia Summit Meeting in Vladivostok.';

const GOLD_MEETING: GoldMeeting = {
  date: '2017-09-18',
  level: 'foreign-minister',
  mode: 'in-person',
  countries: ['JP', 'RU'],
  participants: [
    { name: 'Taro Kono', country: 'JP', title: 'Minister for Foreign Affairs' },
    { name: 'Sergey Lavrov', country: 'RU', title: 'Minister of Foreign Affairs' },
  ],
  durationMinutes: 32,
  place: 'New York',
  occasion: 'United Nations General Assembly',
};

const GOLD: GoldAnnotation = {
  published: '2017-09-18',
  meetings: [GOLD_MEETING],
  topics: ['North Korea', 'Northern Territories issue'],
  plannedEvents: [
    {
      what: 'summit meeting',
      evidence: 'A summit meeting will be held in November',
      whenText: 'in November',
      start: '2017-11-01',
      end: '2017-11-30',
      kind: 'meeting',
    },
    {
      what: 'Minister Kono’s visit to Russia',
      evidence: 'Minister Kono will visit Russia in December',
      whenText: 'in December',
      start: '2017-12-01',
      end: '2017-12-31',
      kind: 'visit',
    },
  ],
  pastReferences: [{ what: 'Vladivostok summit', evidence: 'the Japan-Russia Summit Meeting in Vladivostok' }],
};

const PERFECT = recordFromGold('doc', TEXT, GOLD);

function withMeeting(changes: Partial<Meeting>, record: ReadoutRecord = PERFECT): ReadoutRecord {
  return { ...record, meetings: [{ ...meetingFromGold(GOLD_MEETING), ...changes }] };
}

function score(record: ReadoutRecord, gold: GoldAnnotation = GOLD): DocumentScore {
  return scoreDocument('doc', TEXT, record, gold);
}

function wrongFields(s: DocumentScore): AccuracyField[] {
  return ACCURACY_FIELDS.filter((f) => !s.fields[f]);
}

// ---------------------------------------------------------------------------------------------------------------

describe('scoreDocument: perfect record', () => {
  it('scores every figure 1.0 with no differences', () => {
    const s = score(PERFECT);
    assert.deepEqual(s.differences, []);
    const figures = aggregateScores([s]);
    for (const field of ACCURACY_FIELDS) assert.equal(figures.fields[field].value, 1, field);
    for (const f of [figures.participants, figures.topics, figures.plannedEvents, figures.pastReferences]) {
      assert.deepEqual([f.precision, f.recall, f.f1, f.fp, f.fn], [1, 1, 1, 0, 0]);
    }
    for (const a of [figures.participantCountry, figures.participantTitle, figures.plannedIntervals, figures.plannedKind]) {
      assert.equal(a.value, 1);
    }
    assert.deepEqual(
      [figures.participants.tp, figures.topics.tp, figures.plannedEvents.tp, figures.pastReferences.tp],
      [2, 2, 2, 1],
    );
  });
});

describe('scoreDocument: accuracy fields of the primary meeting', () => {
  const cases: { name: string; record: ReadoutRecord; wrong: AccuracyField[] }[] = [
    { name: 'wrong date', record: withMeeting({ date: '2017-09-19' }), wrong: ['meeting.date'] },
    { name: 'null date', record: withMeeting({ date: null }), wrong: ['meeting.date'] },
    { name: 'wrong published', record: { ...PERFECT, published: '2017-09-19' }, wrong: ['published'] },
    { name: 'wrong level', record: withMeeting({ level: 'leader' }), wrong: ['meeting.level'] },
    { name: 'wrong mode', record: withMeeting({ mode: 'telephone' }), wrong: ['meeting.mode'] },
    { name: 'countries in another order', record: withMeeting({ countries: ['RU', 'JP'] }), wrong: [] },
    { name: 'a country missing', record: withMeeting({ countries: ['JP'] }), wrong: ['meeting.countries'] },
    { name: 'an extra country', record: withMeeting({ countries: ['JP', 'RU', 'US'] }), wrong: ['meeting.countries'] },
    { name: 'duration missing', record: withMeeting({ durationMinutes: null }), wrong: ['meeting.durationMinutes'] },
    { name: 'place case and punctuation', record: withMeeting({ place: 'NEW YORK.' }), wrong: [] },
    { name: 'place with a leading "the"', record: withMeeting({ place: 'the New York' }), wrong: [] },
    { name: 'place contained but not equal', record: withMeeting({ place: 'New York City' }), wrong: ['meeting.place'] },
    { name: 'place missing', record: withMeeting({ place: null }), wrong: ['meeting.place'] },
    // {the, united, nations, un, general, assembly} vs {united, nations, general, assembly}: Jaccard 4/6 >= 0.6
    {
      name: 'occasion reworded (Jaccard 0.67)',
      record: withMeeting({ occasion: 'the United Nations (UN) General Assembly' }),
      wrong: [],
    },
    { name: 'occasion with curly quotes', record: withMeeting({ occasion: '“United Nations General Assembly”' }), wrong: [] },
    // {un, general, assembly} vs {united, nations, general, assembly}: Jaccard 2/5 < 0.6
    { name: 'occasion abbreviated (Jaccard 0.4)', record: withMeeting({ occasion: 'UN General Assembly' }), wrong: ['meeting.occasion'] },
    { name: 'occasion missing', record: withMeeting({ occasion: null }), wrong: ['meeting.occasion'] },
    {
      name: 'only the primary meeting counts',
      record: { ...PERFECT, meetings: [meetingFromGold(GOLD_MEETING), { ...meetingFromGold(GOLD_MEETING), date: '2000-01-01' }] },
      wrong: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = score(c.record);
      assert.deepEqual(wrongFields(s), c.wrong);
      const fieldDiffs = s.differences.filter((d) => d.kind === 'field').map((d) => d.field);
      assert.deepEqual(fieldDiffs, c.wrong);
    });
  }

  it('a wrong date gives date accuracy 0 with its counts, and lists expected vs got', () => {
    const s = score(withMeeting({ date: '2017-09-19' }));
    assert.deepEqual(aggregateScores([s]).fields['meeting.date'], { correct: 0, total: 1, value: 0 });
    assert.deepEqual(s.differences, [
      { kind: 'field', field: 'meeting.date', subject: null, expected: '2017-09-18', got: '2017-09-19' },
    ]);
  });
});

describe('scoreDocument: documents without a gold meeting', () => {
  const meetingFields = ACCURACY_FIELDS.filter((f) => f !== 'published');
  const noMeetingGold: GoldAnnotation = { ...GOLD, meetings: [] };

  it('no meeting predicted: every meeting field is correct', () => {
    const s = score({ ...PERFECT, meetings: [] }, noMeetingGold);
    assert.deepEqual(wrongFields(s), []);
    assert.deepEqual(s.participants, { tp: 0, fp: 0, fn: 0 });
  });

  it('a meeting predicted: every meeting field is wrong and its participants are false positives', () => {
    const s = score(PERFECT, noMeetingGold);
    assert.deepEqual(wrongFields(s), meetingFields);
    assert.deepEqual(s.participants, { tp: 0, fp: 2, fn: 0 });
    assert.equal(s.differences.filter((d) => d.kind === 'field' && d.field === 'meeting').length, 1);
  });

  it('gold has a meeting and none is predicted: every meeting field is wrong', () => {
    const s = score({ ...PERFECT, meetings: [] });
    assert.deepEqual(wrongFields(s), meetingFields);
    assert.deepEqual(s.participants, { tp: 0, fp: 0, fn: 2 });
  });
});

describe('scoreDocument: participants', () => {
  const cases: {
    name: string;
    gold: { name: string; country: string | null; title: string | null }[];
    predicted: Participant[];
    counts: { tp: number; fp: number; fn: number };
    country?: [number, number];
    title?: [number, number];
  }[] = [
    {
      name: 'name order does not matter ("Yi Wang" vs "Wang Yi")',
      gold: [{ name: 'Wang Yi', country: 'CN', title: 'Minister of Foreign Affairs' }],
      predicted: [participant('Yi Wang', 'CN', 'minister of foreign affairs')],
      counts: { tp: 1, fp: 0, fn: 0 },
      country: [1, 1],
      title: [1, 1],
    },
    {
      name: 'one shared token suffices; accents are folded',
      gold: [{ name: 'Sergey Lavrov', country: 'RU', title: null }],
      predicted: [participant('Lavróv', 'RU')],
      counts: { tp: 1, fp: 0, fn: 0 },
      country: [1, 1],
      title: [1, 1],
    },
    {
      name: 'one-to-one: two predictions sharing a surname match one gold participant once',
      gold: [{ name: 'Taro Kono', country: 'JP', title: null }],
      predicted: [participant('Kono'), participant('Taro Kono', 'JP')],
      counts: { tp: 1, fp: 1, fn: 0 },
      // The closer name ("Taro Kono", Jaccard 1) is taken before "Kono" (Jaccard 0.5).
      country: [1, 1],
    },
    {
      name: 'one-to-one: one prediction cannot match two gold participants',
      gold: [
        { name: 'Kim Jong Un', country: 'KP', title: null },
        { name: 'Kim Yo Jong', country: 'KP', title: null },
      ],
      predicted: [participant('Kim')],
      counts: { tp: 1, fp: 0, fn: 1 },
    },
    {
      name: 'one-letter initials are not name tokens',
      gold: [{ name: 'John J. Sullivan', country: 'US', title: null }],
      predicted: [participant('Antony J. Blinken', 'US')],
      counts: { tp: 0, fp: 1, fn: 1 },
    },
    {
      name: 'country and title are scored over matched pairs only',
      gold: [
        { name: 'Taro Kono', country: 'JP', title: 'Minister for Foreign Affairs' },
        { name: 'Sergey Lavrov', country: 'RU', title: 'Minister of Foreign Affairs' },
      ],
      predicted: [participant('Taro Kono', 'RU', 'Foreign Minister'), participant('Vladimir Putin', 'RU', 'President')],
      counts: { tp: 1, fp: 1, fn: 1 },
      country: [0, 1],
      title: [0, 1],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const gold: GoldAnnotation = { ...GOLD, meetings: [{ ...GOLD_MEETING, participants: c.gold }] };
      const s = score(withMeeting({ participants: c.predicted }), gold);
      assert.deepEqual(s.participants, c.counts);
      if (c.country) assert.deepEqual([s.participantCountry.correct, s.participantCountry.total], c.country);
      if (c.title) assert.deepEqual([s.participantTitle.correct, s.participantTitle.total], c.title);
    });
  }
});

describe('scoreDocument: topics (lenient match)', () => {
  const cases: { name: string; gold: string[]; predicted: string[]; tp: number }[] = [
    { name: 'exact after normalisation', gold: ['North Korea'], predicted: ['north korea.'], tp: 1 },
    { name: 'whole-word containment', gold: ['Northern Territories issue'], predicted: ['Northern Territories'], tp: 1 },
    { name: 'Jaccard 0.75', gold: ['North Korea relations'], predicted: ['Relations with North Korea'], tp: 1 },
    { name: 'Jaccard exactly 0.5', gold: ['Economic cooperation'], predicted: ['Economic cooperation projects agenda'], tp: 1 },
    { name: 'Jaccard 1/3 and no containment', gold: ['Economic cooperation'], predicted: ['Economic relations'], tp: 0 },
    { name: 'containment is by whole words ("EU" is not in "Europe")', gold: ['Europe'], predicted: ['EU'], tp: 0 },
    { name: 'one-to-one', gold: ['North Korea'], predicted: ['North Korea', 'North Korea issue'], tp: 1 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = score({ ...PERFECT, topics: c.predicted }, { ...GOLD, topics: c.gold });
      assert.deepEqual(s.topics, { tp: c.tp, fp: c.predicted.length - c.tp, fn: c.gold.length - c.tp });
    });
  }
});

describe('scoreDocument: planned events and past references (span overlap)', () => {
  const summit = GOLD.plannedEvents[0]!;
  const summitStart = TEXT.indexOf(summit.evidence);
  const summitEnd = summitStart + summit.evidence.length;
  const onlySummit: GoldAnnotation = { ...GOLD, plannedEvents: [summit] };

  const cases: { name: string; spans: [number, number][]; counts: { tp: number; fp: number; fn: number } }[] = [
    { name: 'same span', spans: [[summitStart, summitEnd]], counts: { tp: 1, fp: 0, fn: 0 } },
    { name: 'shorter span inside gold', spans: [[summitStart + 2, summitStart + 16]], counts: { tp: 1, fp: 0, fn: 0 } },
    { name: 'span crossing the gold end', spans: [[summitEnd - 3, summitEnd + 20]], counts: { tp: 1, fp: 0, fn: 0 } },
    { name: 'span just touching the gold end (no overlap)', spans: [[summitEnd, summitEnd + 10]], counts: { tp: 0, fp: 1, fn: 1 } },
    { name: 'span elsewhere', spans: [[0, 18]], counts: { tp: 0, fp: 1, fn: 1 } },
    {
      name: 'one-to-one: two predictions on one gold event',
      spans: [
        [summitStart, summitStart + 10],
        [summitStart, summitEnd],
      ],
      counts: { tp: 1, fp: 1, fn: 0 },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const events = c.spans.map(([start, end]) => plannedEvent(evidenceAt(TEXT, start, end), summit));
      const s = score({ ...PERFECT, plannedEvents: events }, onlySummit);
      assert.deepEqual(s.plannedEvents, c.counts);
    });
  }

  it('greedy by overlap size: a span covering two gold events matches the one it overlaps most', () => {
    const visit = GOLD.plannedEvents[1]!;
    const visitEnd = TEXT.indexOf(visit.evidence) + visit.evidence.length;
    // Covers 5 characters of the summit sentence and the whole visit sentence.
    const s = score({ ...PERFECT, plannedEvents: [plannedEvent(evidenceAt(TEXT, summitEnd - 5, visitEnd), visit)] });
    assert.deepEqual(s.plannedEvents, { tp: 1, fp: 0, fn: 1 });
    assert.deepEqual(
      s.differences.filter((d) => d.kind === 'missing').map((d) => d.kind === 'missing' && d.text),
      [summit.evidence],
    );
  });

  it('intervals exact needs start AND end equal; kind scored over matched events', () => {
    const events = [
      plannedEvent(evidenceOf(TEXT, summit.evidence), { ...summit, end: '2017-11-15' }),
      plannedEvent(evidenceOf(TEXT, GOLD.plannedEvents[1]!.evidence), { ...GOLD.plannedEvents[1]!, kind: 'meeting' }),
    ];
    const s = score({ ...PERFECT, plannedEvents: events });
    assert.deepEqual(s.plannedIntervals, { correct: 1, total: 2 });
    assert.deepEqual(s.plannedKind, { correct: 1, total: 2 });
    assert.deepEqual(
      s.differences.map((d) => (d.kind === 'field' ? [d.field, d.expected, d.got] : d.kind)),
      [
        ['plannedEvent.interval', '2017-11-01 .. 2017-11-30', '2017-11-01 .. 2017-11-15'],
        ['plannedEvent.kind', 'visit', 'meeting'],
      ],
    );
  });

  it('gold evidence absent from the text is a miss, flagged in the differences', () => {
    const gold: GoldAnnotation = { ...GOLD, pastReferences: [{ what: 'x', evidence: 'words not in the text' }] };
    const s = score({ ...PERFECT, pastReferences: [] }, gold);
    assert.deepEqual(s.pastReferences, { tp: 0, fp: 0, fn: 1 });
    assert.deepEqual(s.differences, [
      { kind: 'missing', section: 'pastReference', text: 'words not in the text', note: 'gold evidence not found in the text' },
    ]);
  });

  it('past references use the same overlap rule', () => {
    const ref = GOLD.pastReferences[0]!.evidence;
    const s = score({ ...PERFECT, pastReferences: [pastReference(evidenceOf(TEXT, 'Summit Meeting in Vladivostok')), pastReference(evidenceOf(TEXT, 'They recalled'))] });
    assert.deepEqual(s.pastReferences, { tp: 1, fp: 1, fn: 0 });
    assert.ok(TEXT.includes(ref));
  });
});

describe('aggregateScores', () => {
  it('micro-averages counts over documents', () => {
    const a = score({ ...PERFECT, topics: ['North Korea', 'Economy'] }); // tp 1, fp 1, fn 1
    const b = score({ ...PERFECT, topics: ['North Korea', 'Northern Territories'] }); // tp 2
    const c = score({ ...PERFECT, topics: [] }); // fn 2
    const t = aggregateScores([a, b, c]).topics;
    assert.deepEqual([t.tp, t.fp, t.fn], [3, 1, 3]);
    assert.equal(t.precision, 0.75);
    assert.equal(t.recall, 0.5);
    assert.equal(t.f1, 0.6);
  });

  it('rates are null when there is nothing to compare, F1 is 0 when nothing matched', () => {
    const empty = aggregateScores([]);
    assert.equal(empty.fields.published.value, null);
    assert.deepEqual([empty.topics.precision, empty.topics.recall, empty.topics.f1], [null, null, null]);
    const missedAll = aggregateScores([score({ ...PERFECT, topics: [] })]).topics;
    assert.deepEqual([missedAll.precision, missedAll.recall, missedAll.f1], [null, 0, 0]);
  });
});

describe('text matching helpers', () => {
  it('normaliseLabel folds case, accents, quotes and punctuation', () => {
    assert.equal(normaliseLabel('  G7 Foreign Ministers’ Meeting (Hiroshima) '), 'g7 foreign ministers meeting hiroshima');
    assert.equal(normaliseLabel('Asia–Pacific “APEC” Côte'), 'asia pacific apec cote');
  });

  it('matchOneToOne takes the heaviest pairs first and uses each item once', () => {
    const weights = [
      [1, 3],
      [2, 0],
    ];
    const m = matchOneToOne(2, 2, (p, g) => weights[p]![g]!);
    assert.deepEqual(m.pairs, [
      { predicted: 0, gold: 1 },
      { predicted: 1, gold: 0 },
    ]);
    assert.deepEqual([m.unmatchedPredicted, m.unmatchedGold], [[], []]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const VALID_LINE = JSON.stringify({ id: 'doc-1', text: TEXT, gold: GOLD });

async function withGoldFile<T>(lines: string[], body: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'readout-eval-'));
  const path = join(dir, 'gold.jsonl');
  try {
    await writeFile(path, lines.join('\n'));
    return await body(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('readGold', () => {
  it('streams valid lines with their line numbers, skipping blank lines', async () => {
    const second = JSON.stringify({ id: 'doc-2', text: 'x', gold: { ...GOLD, meetings: [] } });
    const docs = await withGoldFile([VALID_LINE, '', second], (path) => collect(readGold(path)));
    assert.deepEqual(
      docs.map((d) => [d.id, d.line]),
      [
        ['doc-1', 1],
        ['doc-2', 3],
      ],
    );
    assert.deepEqual(docs[0]!.gold, GOLD);
  });

  const malformed: { name: string; line: string; reason: RegExp }[] = [
    { name: 'invalid JSON', line: '{"id": "doc-2", ', reason: /^not valid JSON/ },
    { name: 'missing text', line: JSON.stringify({ id: 'doc-2', gold: GOLD }), reason: /^text must be a string, got nothing \(missing\)$/ },
    {
      name: 'missing pastReferences',
      line: JSON.stringify({ id: 'doc-2', text: 'x', gold: { ...GOLD, pastReferences: undefined } }),
      reason: /^gold\.pastReferences must be an array/,
    },
    {
      name: 'bad mode in a meeting',
      line: JSON.stringify({ id: 'doc-2', text: 'x', gold: { ...GOLD, meetings: [{ ...GOLD_MEETING, mode: 'phone' }] } }),
      reason: /^gold\.meetings\[0\]\.mode must be one of in-person, telephone, video, got "phone"$/,
    },
    {
      name: 'non-ISO published date',
      line: JSON.stringify({ id: 'doc-2', text: 'x', gold: { ...GOLD, published: 'September 18, 2017' } }),
      reason: /^gold\.published must be an ISO date/,
    },
    { name: 'duplicate id', line: VALID_LINE, reason: /^duplicate id "doc-1"$/ },
  ];
  for (const c of malformed) {
    it(`a malformed line (${c.name}) throws GoldFormatError naming file and line`, async () => {
      await withGoldFile([VALID_LINE, c.line], async (path) => {
        await assert.rejects(collect(readGold(path)), (error: unknown) => {
          assert.ok(error instanceof GoldFormatError);
          assert.equal(error.file, path);
          assert.equal(error.line, 2);
          assert.match(error.reason, c.reason);
          assert.equal(error.message, `${path}:2: ${error.reason}`);
          return true;
        });
      });
    });
  }

  it('parseGoldLine reports the line number it is given', () => {
    assert.throws(() => parseGoldLine('[]', 'f.jsonl', 7), { name: 'GoldFormatError', message: 'f.jsonl:7: line must be an object, got an array' });
  });
});

describe('runEval', () => {
  it('scores each document; a throwing extractor counts as an empty record and the batch continues', async () => {
    const second = JSON.stringify({ id: 'doc-2', text: TEXT, gold: GOLD });
    const summary = await withGoldFile([VALID_LINE, second], (path) =>
      runEval(
        path,
        ({ file, text }) => {
          if (file === 'doc-2') throw new Error('boom');
          return recordFromGold(file, text, GOLD);
        },
        { docs: true },
      ),
    );
    assert.deepEqual(summary.failures, [{ id: 'doc-2', line: 2, message: 'boom' }]);
    assert.equal(summary.figures.documents, 2);
    assert.deepEqual(summary.figures.fields.published, { correct: 1, total: 2, value: 0.5 });
    assert.deepEqual(
      [summary.figures.plannedEvents.tp, summary.figures.plannedEvents.fp, summary.figures.plannedEvents.fn],
      [2, 0, 2],
    );
    assert.deepEqual(summary.docs?.map((d) => d.differences.length === 0), [true, false]);
  });

  it('omits per-document scores unless asked', async () => {
    const summary = await withGoldFile([VALID_LINE], (path) => runEval(path, ({ file, text }) => recordFromGold(file, text, GOLD)));
    assert.equal(summary.docs, null);
  });

  const devPath = new URL('../../shared/corpus/dev.jsonl', import.meta.url);
  it('the real dev corpus parses, and gold scored against itself is perfect', async () => {
    const gold = new Map<string, GoldAnnotation>();
    for await (const doc of readGold(devPath.pathname)) gold.set(doc.id, doc.gold);
    const summary = await runEval(devPath.pathname, ({ file, text }) => recordFromGold(file, text, gold.get(file)!));
    const f = summary.figures;
    assert.equal(f.documents, 42);
    for (const field of ACCURACY_FIELDS) assert.equal(f.fields[field].value, 1, field);
    for (const m of [f.participants, f.topics, f.plannedEvents, f.pastReferences]) assert.deepEqual([m.fp, m.fn, m.f1], [0, 0, 1]);
  });
});

describe('eval report', () => {
  async function summaryFor(record: (file: string, text: string) => ReadoutRecord) {
    return withGoldFile([VALID_LINE], (path) => runEval(path, ({ file, text }) => record(file, text), { docs: true }));
  }

  it('prints one line per figure with fixed decimals and the counts behind it', async () => {
    const summary = await summaryFor((file, text) => ({
      ...withMeeting({ date: '2017-09-19' }, recordFromGold(file, text, GOLD)),
      plannedEvents: [plannedEvent(evidenceOf(text, GOLD.plannedEvents[0]!.evidence), GOLD.plannedEvents[0]!)],
    }));
    const table = formatEvalTable(summary);
    assert.match(table, /^meeting date {9}0\.00 \(0\/1 docs\)$/m);
    assert.match(table, /^published {12}1\.00 \(1\/1 docs\)$/m);
    assert.match(table, /^planned events {7}P 1\.00 R 0\.50 F1 0\.67 \(tp 1 fp 0 fn 1\)$/m);
    assert.match(table, /^ {2}intervals exact {4}1\.00 \(1\/1 matched\)$/m);
    assert.match(table, /occasion \(LENIENT\): .*Jaccard >= 0\.60/);
  });

  it('lists per-document differences and unmatched events with their evidence', async () => {
    const summary = await summaryFor((file, text) => ({
      ...withMeeting({ date: '2017-09-19' }, recordFromGold(file, text, GOLD)),
      plannedEvents: [plannedEvent(evidenceOf(text, 'They recalled'))],
    }));
    const listing = formatDocDiffs(summary);
    assert.match(listing, /^== doc-1$/m);
    assert.match(listing, /^ {2}meeting\.date: expected "2017-09-18", got "2017-09-19"$/m);
    assert.match(listing, /^ {2}missing plannedEvent: "A summit meeting will be held in November"$/m);
    assert.match(listing, /^ {2}extra plannedEvent: "They recalled"$/m);
    assert.match(listing, /^0 of 1 documents have no differences$/m);
  });

  it('has a JSON form carrying the thresholds and the raw figures', async () => {
    const summary = await summaryFor((file, text) => recordFromGold(file, text, GOLD));
    const json = JSON.parse(JSON.stringify(toEvalReportJson(summary))) as ReturnType<typeof toEvalReportJson>;
    assert.equal(json.rules.occasionJaccard, 0.6);
    assert.equal(json.figures.plannedEvents.f1, 1);
    assert.equal(json.docs?.length, 1);
  });
});
