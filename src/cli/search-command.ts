/**
 * `readout search TEXT`: full-text search over the stored documents.
 */
import { Option, type Command } from 'commander';
import { SEARCH_LISTING } from '../app/listing-columns.ts';
import { searchDocuments } from '../storage/queries/search-queries.ts';
import { countArg, runWithDatabase, withDbOption, type SetExitCode } from './database-command.ts';
import { formatListing, LISTING_FORMATS, type ListingFormat } from './listing-format.ts';
import type { CliIO } from './main.ts';

interface SearchOptions {
  db?: string;
  limit: number;
  format: ListingFormat;
}

/** Registers `readout search`. */
export function registerSearchCommand(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  withDbOption(program.command('search'))
    .description('documents containing every word of TEXT, best first, with the matching passage')
    .argument('<text...>', 'words to look for')
    .option('--limit <n>', 'at most this many documents', countArg, 20)
    .addOption(new Option('--format <format>', 'output format').choices(LISTING_FORMATS).default('table'))
    .action(async (words: string[], opts: SearchOptions) => {
      await runWithDatabase(opts.db, io, setExitCode, async (dialect) => {
        const hits = await searchDocuments(dialect, words.join(' '), opts.limit);
        io.out(formatListing(hits, SEARCH_LISTING, opts.format));
      });
    });
}
