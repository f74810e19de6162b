/**
 * `readout person NAME`: everyone the name may mean, with the roles seen over time and their meetings.
 */
import { Option, type Command } from 'commander';
import { MEETING_LISTING, PERSON_LISTING } from '../app/listing-columns.ts';
import { meetingsById } from '../storage/queries/meeting-queries.ts';
import { findPeople } from '../storage/queries/person-queries.ts';
import { runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import { formatListing, formatTable, LISTING_FORMATS, type ListingFormat } from './listing-format.ts';
import type { CliIO } from './main.ts';
import { formatPersonHeader } from './meeting-detail-table.ts';

interface PersonOptions {
  db?: string;
  format: ListingFormat;
}

/** Registers `readout person`. Exit code 1 when nobody matches. */
export function registerPersonCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('person'))
    .description('a person across documents: spellings, roles over time, meetings')
    .argument('<name...>', 'the name in any spelling ("Kono", "Taro Kono", "Kono Taro")')
    .addOption(new Option('--format <format>', 'output format').choices(LISTING_FORMATS).default('table'))
    .action(async (words: string[], opts: PersonOptions) => {
      const name = words.join(' ');
      await runWithDatabase(opts.db, io, setExitCode, async ({ db }) => {
        const people = await findPeople(db, name);
        if (people.length === 0) {
          io.err(`readout: nobody named '${name}' in the knowledge base\n`);
          return 1;
        }
        if (opts.format !== 'table') {
          io.out(formatListing(people, PERSON_LISTING, opts.format));
          return;
        }
        for (const person of people) {
          io.out(formatPersonHeader(person));
          io.out(formatTable(await meetingsById(db, person.meetingIds), MEETING_LISTING) + '\n');
        }
      });
    });
}
