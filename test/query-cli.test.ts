import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Command, CommanderError } from 'commander';
import { registerCorrectCommand } from '../src/cli/correct-command.ts';
import { registerExportCommand } from '../src/cli/export-command.ts';
import type { CliIO } from '../src/cli/main.ts';
import { registerMeetingsCommand } from '../src/cli/meetings-command.ts';
import { registerPersonCommand } from '../src/cli/person-command.ts';
import { registerPlansCommand } from '../src/cli/plans-command.ts';
import { registerSearchCommand } from '../src/cli/search-command.ts';
import { registerShowCommand } from '../src/cli/show-command.ts';
import { registerStatsCommand } from '../src/cli/stats-command.ts';
import { registerTimelineCommand } from '../src/cli/timeline-command.ts';
import { devKnowledgeBaseTarget, removeKnowledgeBases } from './query-fixtures.ts';
import { engines } from './engines.ts';

after(() => { removeKnowledgeBases(); });

/** Runs the commands as `runCli` does (exit override, usage errors exit 2), capturing output. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  let code = 0;
  const io: CliIO = { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: (async function* () {})() };
  const program = new Command('readout').exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const setExitCode = (c: number): void => { code = c; };
  for (const register of [registerMeetingsCommand, registerPlansCommand, registerTimelineCommand, registerPersonCommand, registerSearchCommand, registerShowCommand, registerStatsCommand, registerExportCommand, registerCorrectCommand]) {
    register(program, io, setExitCode);
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = 2;
  }
  return { code, out, err };
}

for (const engine of engines) describe(engine.name, () => {
  let dbFile = '';
  before(async () => { dbFile = await devKnowledgeBaseTarget(engine); });

  describe('knowledge-base commands', () => {
    it('meetings: a table for a person, CSV for a spreadsheet', async () => {
      const table = await run('meetings', '--db', dbFile, '--dyad', 'RU-JP', '--from', '2017-09-18', '--to', '2017-09-18');
      assert.equal(table.code, 0, table.err);
      assert.match(table.out, /2017-09-18\s+JP-RU\s+foreign-minister\s+in-person\s+New York\s+Taro Kono, Sergey Lavrov\s+1/);
      assert.match(table.out, /\n1 meeting\n$/);
      const csv = await run('meetings', '--db', dbFile, '--person', 'Kono', '--format', 'csv');
      const lines = csv.out.trimEnd().split('\n');
      assert.equal(lines[0], 'id,date,dyad,level,mode,place,occasion,durationMinutes,participants,sources,publishers,conflicts,corrections');
      assert.equal(lines.length, 3);
    });

    it('show, plans, timeline, person, search, stats', async () => {
      const ids = JSON.parse((await run('meetings', '--db', dbFile, '--dyad', 'JP-RU', '--from', '2016-11-19', '--to', '2016-11-19', '--format', 'json')).out) as { id: number }[];
      const show = await run('show', String(ids[0]?.id), '--db', dbFile, '--as-of', '2017-01-01');
      assert.equal(show.code, 0, show.err);
      assert.match(show.out, /conflict\s+date: 2016-11-19 \[1\] vs 2016-11-20 \[2\]/);
      assert.match(show.out, /durationMinutes 70\s+\[1\]\s+← “approximately 1 hour and 10 minutes”/);
      const overdue = JSON.parse((await run('plans', '--db', dbFile, '--dyad', 'JP-RU', '--status', 'overdue', '--as-of', '2017-05-01', '--format', 'json')).out) as { whenText: string | null }[];
      assert.ok(overdue.some((p) => p.whenText === 'late April'));
      const timeline = await run('timeline', '--db', dbFile, '--dyad', 'JP-RU', '--from', '2016-12-01', '--to', '2016-12-31', '--as-of', '2017-01-01', '--format', 'jsonl');
      assert.ok(timeline.out.trimEnd().split('\n').length >= 3);
      assert.match((await run('person', 'Kono', 'Taro', '--db', dbFile)).out, /^Taro Kono\n\s+role\s+Minister for Foreign Affairs \(JP\)\s+2017-09-18 \.\. 2018-08-02/);
      assert.match((await run('search', 'Nagato', '--db', dbFile)).out, /«Nagato»/);
      const stats = await run('stats', '--db', dbFile);
      assert.match(stats.out, /documents: 42 current, 0 superseded versions, 0 failed extraction/);
    });

    it('export: iCalendar of dated plans, PLOVER events', async () => {
      const ics = await run('export', '--db', dbFile, '--format', 'ics', '--as-of', '2018-01-01');
      assert.equal(ics.code, 0, ics.err);
      assert.match(ics.out, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics.out, /DTSTART;VALUE=DATE:20170421\r\nDTEND;VALUE=DATE:20170501\r\n/, 'late April 2017, DTEND exclusive');
      assert.match(ics.err, /^readout: left out \d+ plans \(no date\)\n$/);
      const plover = (await run('export', '--db', dbFile, '--format', 'plover', '--dyad', 'JP-RU')).out.trimEnd().split('\n').map((l) => JSON.parse(l) as { event_type: string; mode: string | null; event_date: string; source: { file: string } });
      const nagato = plover.find((e) => e.event_type === 'CONSULT' && e.event_date === '2016-12-15');
      assert.equal(nagato?.source.file, 'gov-jp-ru-2016-12-15.txt');
      assert.ok(plover.some((e) => e.event_type === 'AGREE'));
      const csv = await run('export', '--db', dbFile, '--format', 'csv', '--kind', 'plans');
      assert.match(csv.out, /^id,announced,kind,countries,what,whenText,start,end,approximate,interval,status/);
    });

    it('usage errors exit 2 with one line; unknown ids exit 1', async () => {
      const bad = await run('correct', '--db', dbFile, '--meeting', '1');
      assert.equal(bad.code, 2);
      assert.equal(bad.err, 'readout: with --meeting give exactly one of --set field=value, --reject-source DOC_ID, --confirm-source DOC_ID\n');
      const field = await run('correct', '--db', dbFile, '--meeting', '1', '--set', 'colour=blue');
      assert.equal(field.code, 2);
      assert.match(field.err, /^readout: cannot set 'colour': settable fields are date, level, mode, place, occasion, durationMinutes\n$/);
      const missing = await run('show', '999999', '--db', dbFile);
      assert.deepEqual([missing.code, missing.err], [1, 'readout: no meeting 999999\n']);
      assert.equal((await run('meetings', '--db', dbFile, '--from', 'yesterday')).code, 2);
      assert.equal((await run('timeline', '--db', dbFile)).code, 2, '--dyad is required');
    });
  });
});
