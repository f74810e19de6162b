/**
 * THE ordered list of extraction stages. Each stage reads what the stages above it found; read top to bottom,
 * this file is the extractor.
 */
import { findCountries } from '../stages/countries/country-finder.ts';
import { documentStages } from '../stages/document/document-stages.ts';
import { meetingStage, useTitleClassifier } from '../stages/meeting/meeting-assembler.ts';
import { classifyTitle, findPeople } from '../stages/people/person-finder.ts';
import { findPlaces } from '../stages/places/place-finder.ts';
import { planStage } from '../stages/plans/plan-stage.ts';
import { pastReferenceStage } from '../stages/references/past-reference-stage.ts';
import { findTopicHeadings, segmentText } from '../stages/segment/segmenter.ts';
import { findTopics } from '../stages/topics/topic-finder.ts';
import { termStage } from '../stages/terms/term-stage.ts';
import { qualityStage } from '../stages/document/quality-stage.ts';
import type { Stage } from './extraction-context.ts';
import { evidenceAt } from './extraction-context.ts';

useTitleClassifier(classifyTitle);

export const STAGES: readonly Stage[] = [
  { name: 'segment', run: (ctx) => { ctx.doc = segmentText(ctx.text); } },
  ...documentStages(),
  {
    // One stage, not two: both scan the words the phrase tries split the text into, which are kept for the text read
    // last only; in a batch, a separate places stage would split every document again.
    name: 'countries-and-places',
    run: (ctx) => {
      ctx.countries = findCountries(ctx.text);
      ctx.places = findPlaces(ctx.text);
    },
  },
  { name: 'people', run: (ctx) => { ctx.people = findPeople(ctx.text, ctx.countries); } },
  meetingStage,
  {
    name: 'topics',
    run: (ctx) => {
      ctx.topics = findTopics(ctx.doc, findTopicHeadings(ctx.doc)).map((t) => ({ value: t.text, evidence: evidenceAt(ctx.text, t.span[0], t.span[1], t.rule) }));
    },
  },
  planStage,
  pastReferenceStage,
  termStage,
  qualityStage,
];
