import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { resolved, onlyMention } from './mentions.ts';

/**
 * Whether a date is ahead or behind publication by the tense of its sentence or clause: schedules told in the
 * present, plans that were moved, "until", a date opening its clause, participles after "be".
 * Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const MON = '2024-05-13';
const WED_8_MAY_2024 = '2024-05-08';
const FRI = '2025-05-16';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const onlyFrom8May2024 = (text: string, published: string | undefined = WED_8_MAY_2024, dayFirst?: boolean) => onlyMention(text, published, { dayFirst });
const onlyFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => onlyMention(text, published, { southern });

describe('tense of schedules and weekends', () => {
  it('reads a schedule in the present tense as the coming day', () => {
    expect(resolved('The shelter closes on Monday.', WED, 'Monday').start).toBe('2024-05-20');
    expect(resolved('The trial begins Tuesday.', WED, 'Tuesday').start).toBe('2024-05-21');
    expect(resolved('Hurricane season runs until Nov. 30.', WED, 'Nov. 30').start).toBe('2024-11-30');
  });

  it('takes an infinitive’s tense from the verb before it', () => {
    expect(resolved('It was meant to open on Friday, but the inspection was delayed.', WED, 'Friday').start).toBe('2024-05-10');
    expect(resolved('She did not open on Friday.', WED, 'Friday').start).toBe('2024-05-10');
  });

  it('reads "this weekend" as the one coming from Wednesday on, the one past early in the week', () => {
    expect(resolved('The storm is forecast to reach the coast this weekend.', WED, 'weekend')).toMatchObject({ start: '2024-05-18', end: '2024-05-19' });
    expect(resolved('Crowds packed the seafront this weekend.', MON, 'weekend')).toMatchObject({ start: '2024-05-11', end: '2024-05-12' });
    expect(resolved('Crowds gathered this weekend.', '2024-05-17', 'weekend')).toMatchObject({ start: '2024-05-11', end: '2024-05-12' });
  });
});

describe('the tense of the sentence', () => {
  it('reads a fixture told in the present tense as coming up', () => {
    expect(onlyFrom8May2024("They travel to Leeds for Saturday's final.").date?.start).toBe('2024-05-11');
    expect(onlyFrom8May2024('The operator will open a help desk in the library at 10:00 on Thursday.').date?.start).toBe('2024-05-09');
  });

  it('reads “since the spring” and a gerund clause in a past sentence as the past', () => {
    expect(onlyFrom8May2024('Repairs have been delayed since the spring.', '2024-10-02').date?.label).toBe('Spring 2024');
    expect(onlyFrom8May2024('She worked as a nurse before joining the council in November.', '2024-10-02').date?.label).toBe('November 2023');
  });

  it('reads a plan told in the past perfect as past, and a possessive day by the verb after it', () => {
    expect(onlyFrom16May2025('The vote had been scheduled for March 3 but was postponed.', '2025-09-01').date?.start).toBe('2025-03-03');
    expect(onlyFrom16May2025('The coach said Sunday’s final will be her last.').date?.start).toBe('2025-05-18');
    expect(onlyFrom16May2025('The club said Sunday’s final was the best in years.').date?.start).toBe('2025-05-11');
  });

  it('reads what can be done “from” a day as coming up', () => {
    expect(onlyFrom16May2025('Tickets can be bought from Tuesday.').date?.start).toBe('2025-05-20');
    expect(onlyFrom16May2025('The strike ran from Tuesday.').date?.start).toBe('2025-05-13');
  });

  it('reads the new date of a plan that was moved as ahead, though the verb is past', () => {
    expect(onlyFrom15May2024('The vote was postponed until March.').date?.label).toBe('March 2025');
    expect(onlyFrom15May2024('The launch was pushed back to Friday.').date?.start).toBe('2024-05-17');
  });

  it('reads a state still in force “until” a date as running ahead, and a past one as past', () => {
    expect(onlyFrom15May2024('The road has been closed until June 3.').date?.start).toBe('2024-06-03');
    expect(onlyFrom15May2024('The museum remains shut till March 1.').date?.start).toBe('2025-03-01');
    expect(onlyFrom15May2024('The road was closed until March 1.').date?.start).toBe('2024-03-01');
  });

  it('reads “go on sale” and “turns 40” with a day as the coming day', () => {
    expect(onlyFrom15May2024('Seats go on sale on Friday.').date?.start).toBe('2024-05-17');
    expect(onlyFrom15May2024('The mayor turns 60 on Monday.').date?.start).toBe('2024-05-20');
    expect(onlyFrom15May2024('The mayor turned 60 on Monday.').date?.start).toBe('2024-05-13');
  });

  it('reads a listing entry that is only a day and a time as the coming day', () => {
    expect(onlyFrom15May2024('Saturday, 8pm.').date?.start).toBe('2024-05-18');
    expect(onlyFrom15May2024('Friday from 10am to 2pm.').date?.start).toBe('2024-05-17');
    // A past sentence keeps its past day.
    expect(onlyFrom15May2024('The hall was packed on Saturday.').date?.start).toBe('2024-05-11');
  });
});

describe('a date that opens its clause takes the tense of the verb after it', () => {
  it('looks forward when the verb after it does, however the sentence began', () => {
    // The last November is six months back, the next six ahead: only the verb tells them apart.
    expect(onlyFrom15May2024('And that, in November, will decide who runs the county.').date?.label).toBe('November 2024');
    expect(onlyFrom15May2024('The engineer estimated that by the end of January, there will be water again.').date?.label).toBe('January 2025');
  });

  it('stays in the past when the verb after it is past, or when it dates what someone said', () => {
    expect(onlyFrom15May2024('In November, the county chose a new sheriff.').date?.label).toBe('November 2023');
    // "said it would": the day is the day of the statement, not of the plan.
    expect(onlyFrom15May2024('On Sunday, the ferry company said it would buy two new boats.').date?.start).toBe('2024-05-12');
    expect(onlyFrom15May2024('On Sunday the ferry company will name its new boats.').date?.start).toBe('2024-05-19');
  });
});

describe('a day with no verb of its own, or told in the present tense, is ahead when the sentence is', () => {
  it('reads a fixture told with “is” as coming', () => {
    expect(onlyFrom15May2024('Her first race as captain is a sprint against Harwick on Saturday, and the crew is ready.').date?.start).toBe('2024-05-18');
    // Not when the clause is past, or a perfect counted from the past.
    expect(onlyFrom15May2024('Her first race as captain was a sprint against Harwick on Saturday.').date?.start).toBe('2024-05-11');
    expect(onlyFrom15May2024('It is the first rain the town has seen since Saturday.').date?.start).toBe('2024-05-11');
  });

  it('takes the tense of the clause before a possessive day, or before a day that ends the sentence', () => {
    expect(onlyFrom15May2024('The club will host Harwick at home, before Saturday’s regatta on the lake.').date?.start).toBe('2024-05-18');
    expect(onlyFrom15May2024('The mayor has said she’ll hand over the keys at a ceremony in the square, on Friday.').date?.start).toBe('2024-05-17');
    // A past clause keeps it past; so does a day counted "since".
    expect(onlyFrom15May2024('The club hosted Harwick at home, before Saturday’s regatta was cancelled.').date?.start).toBe('2024-05-11');
    expect(onlyFrom15May2024('The line would then run its first full service since the middle of March.').date?.label).toBe('March 2024');
  });
});

describe('a participle after “be”, “is” or “are” is not a past tense', () => {
  it('reads “to be closed on May 20” as the coming day, and “was closed on May 2” as past', () => {
    expect(onlyFrom15May2024('All branches to be closed on May 20-21.').date?.label).toBe('20–21 May 2024');
    expect(onlyFrom15May2024('The pool will be drained on May 20.').date?.start).toBe('2024-05-20');
    expect(onlyFrom15May2024('The pool was drained on May 20.').date?.start).toBe('2023-05-20');
    // A passive present: the season ahead, not last year's.
    expect(onlyFrom15May2024('The coach stays on until a successor is appointed over the summer.').date?.label).toBe('Summer 2024');
  });
});

describe('present-tense plans in the labelled fixture stories', () => {
  it('lists the carol service of a verbless listing on the coming Sunday, not the last one', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind4-listings'));
    expect(events.find((e) => e.text.includes('Sunday at 6pm'))?.date.label).toBe('Sun 14 Dec 2025');
  });

  it('shows the ticket sale and the birthday, told in the present tense, on the coming days', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind5-celebrity'));
    expect(events.find((e) => e.text.includes('go on sale'))?.date.label).toBe('Fri 10 Oct 2025');
    expect(events.find((e) => e.text.includes('turns 32'))?.date.label).toBe('Sat 29 Nov 2025');
  });
});
