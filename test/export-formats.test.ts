import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportIcs } from '../src/app/export-ics.ts';
import { consultMode, exportPlover, formatPloverJsonl } from '../src/app/export-plover.ts';
import { formatRecords } from '../src/app/export-records.ts';
import { MEETING_LISTING, PLAN_LISTING } from '../src/app/listing-columns.ts';
import type { MeetingDetailView, PlanView, SourceView } from '../src/app/views.ts';
import { formatListing } from '../src/cli/listing-format.ts';

const MOFA: SourceView = {
  documentId: 7,
  file: '/corpus/mofa-jp-ru-2017-09-18.txt',
  url: null,
  title: 'Japan-Russia Foreign Ministers\' Meeting',
  publisher: 'Ministry of Foreign Affairs of Japan',
  published: '2017-09-18',
};
const MID: SourceView = { documentId: 9, file: null, url: 'https://www.mid.ru/en/press_service/1552410/', title: 'Lavrov, Kono', publisher: 'MID, Russia', published: '2017-09-19' };

function plan(over: Partial<PlanView> & Pick<PlanView, 'id'>): PlanView {
  return {
    what: "Minister Kono's visit to Russia",
    kind: 'visit',
    evidence: { text: "Minister Kono’s visit to Russia, which will take place in November or December", start: 400, end: 478, rule: 'plans/visit' },
    whenText: 'in November or December',
    start: '2017-11-01',
    end: '2017-12-31',
    approximate: false,
    countries: ['RU', 'JP'],
    people: ['Taro Kono'],
    source: MOFA,
    announced: '2017-09-18',
    status: 'pending',
    heldBy: null,
    ...over,
  };
}

const meeting: MeetingDetailView = {
  id: 3,
  date: '2017-09-18',
  level: 'foreign-minister',
  mode: 'in-person',
  countries: ['JP', 'RU'],
  place: 'New York',
  occasion: 'UN General Assembly',
  durationMinutes: 32,
  participants: [
    { personId: 1, name: 'Taro Kono', country: 'JP', title: 'Minister for Foreign Affairs', mentions: [] },
    { personId: 2, name: 'Sergey Lavrov', country: 'RU', title: 'Minister of Foreign Affairs', mentions: [] },
  ],
  sources: [MOFA, MID],
  conflicts: [],
  corrections: [],
  fields: [
    { field: 'mode', values: [{ value: 'in-person', source: MOFA, evidence: { text: 'held his second foreign ministerial meeting', start: 120, end: 163, rule: 'meeting/lead' } }] },
    { field: 'date', values: [{ value: '2017-09-18', source: MOFA, evidence: { text: 'September 18, 2017', start: 24, end: 42, rule: 'document/dateline' } }] },
  ],
  merges: [],
  plans: [],
};

/** A strict RFC 4180 reader (quoted cells, doubled quotes, line breaks inside quotes), to read the CSV back. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

describe('CSV listings', () => {
  it('quotes commas, quotes and line breaks and parses back to the same cells', () => {
    const tricky = plan({ id: 1, what: 'a "working" visit, at last', evidence: { text: 'line one\nline two, "quoted"', start: 0, end: 27, rule: 'r' } });
    const csv = formatRecords([tricky], PLAN_LISTING, 'csv');
    const rows = parse(csv) as string[][];
    assert.equal(rows.length, 2);
    const header = rows[0] ?? [];
    const cells = rows[1] ?? [];
    const cell = (name: string): string | undefined => cells[header.indexOf(name)];
    assert.equal(cell('what'), 'a "working" visit, at last');
    assert.equal(cell('evidence'), 'line one\nline two, "quoted"');
    assert.equal(cell('countries'), 'RU;JP');
    assert.equal(cell('start'), '2017-11-01');
    assert.equal(cell('approximate'), 'false');
    assert.equal(cell('heldByMeeting'), '', 'null is an empty cell');
    assert.equal(cell('source'), '/corpus/mofa-jp-ru-2017-09-18.txt');
    assert.match(csv, /"a ""working"" visit, at last"/);
  });

  it('flattens a merged meeting: dyad, sources joined, participants with country and title', () => {
    const rows = parse(formatRecords([meeting], MEETING_LISTING, 'csv')) as string[][];
    const header = rows[0] ?? [];
    const cells = rows[1] ?? [];
    assert.equal(cells[header.indexOf('dyad')], 'JP-RU');
    assert.equal(cells[header.indexOf('sources')], '/corpus/mofa-jp-ru-2017-09-18.txt | https://www.mid.ru/en/press_service/1552410/');
    assert.equal(cells[header.indexOf('participants')], 'Taro Kono (JP), Minister for Foreign Affairs | Sergey Lavrov (RU), Minister of Foreign Affairs');
  });

  it('json and jsonl carry whole views', () => {
    const jsonl = formatRecords([meeting, { ...meeting, id: 4 }], MEETING_LISTING, 'jsonl').trimEnd().split('\n');
    assert.equal(jsonl.length, 2);
    assert.deepEqual((JSON.parse(jsonl[1] ?? '') as { id: number; sources: unknown[] }).sources.length, 2);
    assert.equal((JSON.parse(formatRecords([meeting], MEETING_LISTING, 'json')) as unknown[]).length, 1);
  });
});

describe('table listings', () => {
  it('aligns columns, counts sources and clips long cells', () => {
    const table = formatListing([meeting], MEETING_LISTING, 'table');
    const lines = table.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^id\s+date\s+dyad\s+level\s+mode/);
    assert.match(lines[2] ?? '', /^3\s+2017-09-18\s+JP-RU\s+foreign-minister\s+in-person\s+New York\s+Taro Kono, Sergey Lavrov\s+2\b/);
    assert.equal(lines.at(-1), '1 meeting');
    assert.equal(formatListing([], MEETING_LISTING, 'table'), 'no meetings\n');
  });
});

describe('iCalendar export', () => {
  const plans = [
    plan({ id: 1 }),
    plan({ id: 2, what: 'field survey', kind: 'survey', whenText: 'around mid-October', start: '2017-10-11', end: '2017-10-20', approximate: true, evidence: { text: 'a field survey around mid-October', start: 900, end: 933, rule: 'plans/survey' } }),
    plan({ id: 3, what: 'summit meeting', whenText: 'at an early date', start: null, end: null, evidence: { text: 'a summit meeting at an early date', start: 1000, end: 1033, rule: 'plans/meeting' } }),
    plan({ id: 4, what: 'summit', whenText: 'on December 31', start: '2017-12-31', end: '2017-12-31', status: 'held', evidence: { text: 'summit on December 31', start: 2000, end: 2021, rule: 'r' }, heldBy: { meetingId: 12, sources: [MID], evidence: { text: 'held talks', start: 5, end: 15, rule: 'r' }, matched: ['countries', 'date'], decidedBy: 'auto' } }),
  ];
  const { ics, leftOut } = exportIcs(plans);
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1);

  it('writes all-day events with an exclusive DTEND (end + 1 day), across month and year ends', () => {
    assert.equal(events.length, 3);
    const e1 = events.find((e) => e.includes('X-READOUT-PLAN-ID:1')) ?? '';
    assert.match(e1, /\r\nDTSTART;VALUE=DATE:20171101\r\n/);
    assert.match(e1, /\r\nDTEND;VALUE=DATE:20180101\r\n/);
    const e4 = events.find((e) => e.includes('X-READOUT-PLAN-ID:4')) ?? '';
    assert.match(e4, /DTSTART;VALUE=DATE:20171231\r\n/);
    assert.match(e4, /DTEND;VALUE=DATE:20180101\r\n/);
    assert.match(e4, /STATUS:CONFIRMED/);
    assert.match(e4, /Held: meeting 12/);
  });

  it('marks approximate plans and keeps whenText, evidence and source in the description', () => {
    const e2 = events.find((e) => e.includes('X-READOUT-PLAN-ID:2')) ?? '';
    assert.match(e2, /SUMMARY:≈ field survey \(JP-RU\)/);
    assert.match(e2, /X-READOUT-APPROXIMATE:TRUE/);
    assert.match(e2, /DTEND;VALUE=DATE:20171021/);
    assert.match(e2, /When: "around mid-October" → 2017-10-11 to 2017-10-20 \(approximate\)/);
    assert.match(e2, /Evidence: "a field survey around mid-October"/);
    assert.match(e2, /Source: \/corpus\/mofa-jp-ru-2017-09-18\.txt\\, Ministry of Foreign Affairs of Japan/);
    assert.match(e2, /STATUS:TENTATIVE/);
  });

  it('leaves out vague plans and says so; UIDs and bytes are stable', () => {
    assert.ok(!unfolded.includes('an early date'));
    assert.deepEqual(leftOut, [{ planId: 3, reason: 'no date ("at an early date" is too vague)' }]);
    assert.match(unfolded, /UID:readout-plan-7-400-478@readout/);
    assert.equal(exportIcs(plans).ics, ics);
    assert.match(unfolded, /DTSTAMP:20170918T000000Z/);
  });
});

describe('PLOVER export', () => {
  it('maps modes: phone for calls and video, visit towards the host, meet in a third country', () => {
    assert.deepEqual(consultMode('telephone', ['US', 'IL'], null), { mode: 'phone', order: ['IL', 'US'] });
    assert.deepEqual(consultMode('video', ['JP', 'RU'], null).mode, 'phone');
    assert.deepEqual(consultMode('in-person', ['JP', 'RU'], 'JP'), { mode: 'visit', order: ['RU', 'JP'] });
    assert.deepEqual(consultMode('in-person', ['JP', 'RU'], 'US'), { mode: 'meet', order: ['JP', 'RU'] });
    assert.deepEqual(consultMode('in-person', ['CN', 'JP', 'KR'], 'JP').mode, 'meet');
  });

  it('writes CONSULT for a held meeting and AGREE for an announced plan, with sources and evidence', () => {
    const { events, leftOut } = exportPlover([meeting, { ...meeting, id: 5, date: null }], [plan({ id: 1 })]);
    assert.deepEqual(leftOut, [{ kind: 'meeting', id: 5, reason: 'no meeting date' }]);
    const [consult, agree] = events;
    assert.ok(consult && agree);
    assert.equal(consult.id, 'readout-meeting-3');
    assert.equal(consult.event_type, 'CONSULT');
    assert.equal(consult.mode, 'meet', 'New York is in neither side');
    assert.equal(consult.event_date, '2017-09-18');
    assert.deepEqual(consult.actors.map((a) => [a.country, a.code, a.people]), [['JPN', 'JP', ['Taro Kono']], ['RUS', 'RU', ['Sergey Lavrov']]]);
    assert.equal(consult.source.file, MOFA.file);
    assert.equal(consult.sources.length, 2);
    assert.deepEqual(consult.evidence[0], { field: 'mode', documentId: 7, text: 'held his second foreign ministerial meeting', start: 120, end: 163 });
    assert.equal(agree.event_type, 'AGREE');
    assert.equal(agree.mode, null);
    assert.equal(agree.event_date, '2017-09-18', 'the day it was announced, not the planned day');
    assert.deepEqual(agree.planned, { kind: 'visit', what: "Minister Kono's visit to Russia", whenText: 'in November or December', start: '2017-11-01', end: '2017-12-31', approximate: false, status: 'pending' });
    assert.equal(agree.evidence[0]?.start, 400);
    const lines = formatPloverJsonl(events).trimEnd().split('\n');
    assert.equal((JSON.parse(lines[1] ?? '') as { id: string }).id, 'readout-plan-7-400-478');
  });

  it('a meeting in one side\'s capital is the other side\'s visit', () => {
    const inMoscow = { ...meeting, place: 'Moscow' };
    const [event] = exportPlover([inMoscow], []).events;
    assert.equal(event?.mode, 'visit');
    assert.equal(event?.source_actor?.code, 'JP');
    assert.equal(event?.target_actor?.code, 'RU');
  });
});
