import { describe, expect, it } from 'vitest';
import { copyrightHolder, dateOfLine, datelineAgency, isBoilerplate, isDateLine, parseBareByline, parseByline } from '../../src/story/boilerplate.ts';
import { cleanLine, parseArticle } from '../../src/story/parseArticle.ts';
import { splitSentences } from '../../src/story/sentences.ts';

const texts = (body: string) => parseArticle('x.txt', body, {}).sentences.map((s) => s.text);

describe('bylines in the forms pages print them', () => {
  it('reads "By", "Written by", "Posted by", capitals, pipes and roles', () => {
    expect(parseByline('By JANE DOE and JOHN ROE')).toEqual({ author: 'Jane Doe and John Roe' });
    expect(parseByline('Written by Oskar Brandt | Halvik Courier')).toEqual({ author: 'Oskar Brandt', outlet: 'Halvik Courier' });
    expect(parseByline('Posted by Ines Markovic')).toEqual({ author: 'Ines Markovic' });
    // A job title is not an outlet.
    expect(parseByline('By Greta Wolanski, Staff Writer')).toEqual({ author: 'Greta Wolanski' });
    expect(parseBareByline('Lucia Ferrante, Transport Correspondent')).toEqual({ author: 'Lucia Ferrante' });
    expect(parseBareByline('Nadia Voss, KVLM News')).toEqual({ author: 'Nadia Voss', outlet: 'KVLM News' });
    expect(parseBareByline('Jane Doe | Reuters')).toEqual({ author: 'Jane Doe', outlet: 'Reuters' });
    expect(parseBareByline('Mirela Stanic (now) and Jakob Linde (earlier)')).toEqual({ author: 'Mirela Stanic and Jakob Linde' });
  });

  it('does not take places, site names or sentences for bylines', () => {
    expect(parseBareByline('Valmora, Estovia')).toBeUndefined();
    expect(parseBareByline('ASHGROVE COMETS | Official Club Site')).toBeUndefined();
    expect(parseBareByline('Valley Courier Live | Politics')).toBeUndefined();
    expect(parseBareByline('Jane Doe')).toBeUndefined();
    expect(parseByline('By signing up you agree to our Privacy Policy.')).toBeUndefined();
  });
});

describe('dates, copyright lines and datelines', () => {
  it('recognises lines that are only a date or a time, and reads their date', () => {
    for (const line of ['Thu 13 Feb 2025 15.10 CET', 'Updated 3:45 PM EST, Tue March 5, 2024', 'October 3, 2024 7:42 AM GMT+2Updated 2 hours ago', '2h ago', '15.10 CET', '6 min read', 'Listen · 5:32', 'Feb 14, 2025']) {
      expect(isDateLine(line), line).toBe(true);
    }
    for (const line of ['March 3 was a Monday.', '14:31 – Families were moved to the sports hall', 'Polls close at 8']) expect(isDateLine(line), line).toBe(false);
    expect(dateOfLine('Thu 13 Feb 2025 15.10 CET')).toBe('2025-02-13');
    expect(dateOfLine('Updated 3:45 PM EST, Tue March 5, 2024')).toBe('2024-03-05');
    expect(dateOfLine('Feb 30, 2025')).toBeUndefined();
  });

  it('names the rights holder of a copyright line and the agency of a wire dateline', () => {
    expect(copyrightHolder('Copyright 2024 The Associated Press. All rights reserved. This material may not be published.')).toBe('The Associated Press');
    expect(copyrightHolder('Copyright © 2024 Corvana Public Radio. All rights reserved.')).toBe('Corvana Public Radio');
    expect(copyrightHolder('Putin may be on his way to D.C. Copyright Alexei Nikolsky AP')).toBeUndefined();
    expect(datelineAgency('KYIV, Ukraine (AP) — Russia launched')).toBe('AP');
    expect(datelineAgency('LONDON, Oct 3 (Reuters) - Prices rose')).toBe('Reuters');
    expect(datelineAgency('The mayor (a Democrat) - who else - spoke')).toBeUndefined();
  });
});

describe('page furniture of many sites', () => {
  it('recognises banners, boxes, footers, tags and counters, but not reporting about them', () => {
    for (const line of [
      'We value your privacy',
      'Accept all',
      'Advertisement · Scroll to continue',
      'READ MORE: How the city’s fares compare with other European cities',
      'By signing up you agree to our Privacy Policy and Terms of Use.',
      'The stories that matter, in your inbox every weekday at 7am.',
      'Reporting by Hannah Okeke; Editing by Mark Deveraux',
      'Copyright 2024 KVLM. All rights reserved.',
      'Tags: Mining, Halvik, Workplace safety',
      '142 comments',
      'Comments (14)',
      'News | Sport | Business | Opinion',
      'Home > News > Local',
      'Striking workers rally outside City Hall on Thursday. (Photo: Daniel Roux/The Standard)',
      'Footage released by police shows two people leaving. Credit: Valmora Municipal Police',
      'Commuters wait for buses during a strike, October 3, 2024. REUTERS/Anna Brightwater',
      'Please turn on JavaScript to use this feature',
      'Thanks for reading Stolen Hours! Subscribe for free to receive new posts.',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
    for (const line of [
      'The regulator fined the company for setting advertising cookies without consent.',
      'Reuters reported that the talks collapsed after both sides walked out on Monday.',
      'Commuters said they were running out of patience.',
      'Tagged suspects were released on Monday.',
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('removes Markdown, HTML entities and emphasis from a paste', () => {
    expect(cleanLine('On **Thursday** two people rode away from the [Museum of Science &amp; Navigation](https://x.example/) &#8211; fast.').text).toBe(
      'On Thursday two people rode away from the Museum of Science & Navigation – fast.',
    );
    expect(cleanLine('Vessen did not respond to the *Courier*&#8217;s questions.').text).toBe('Vessen did not respond to the Courier’s questions.');
    expect(cleanLine('[![](https://cdn.example/a.jpg)](https://cdn.example/a.jpg)').image).toBe(true);
    expect(cleanLine('[Pavel Dunst](https://substack.com/@paveldunst)').profile).toBe('Pavel Dunst');
    expect(cleanLine('- a list item with @some_handle_name in it').text).toBe('- a list item with @some_handle_name in it');
  });
});

describe('the page header', () => {
  it('takes the headline from under the menus and above the byline, not the site name or a standfirst', () => {
    const article = parseArticle(
      'a.txt',
      'The Daily Ledger\nNews | Sport | Business\nNEWS\nSeawall vote splits harbour town\nCouncillors argue over a $40m plan\nAna Ruiz, Staff Writer\nUpdated 3:45 PM EST, Tue March 5, 2024\n\nThe council voted 5-2 on Tuesday to build the seawall.\n',
      {},
    );
    expect(article.title).toBe('Seawall vote splits harbour town');
    expect(article.meta).toMatchObject({ author: 'Ana Ruiz', outlet: 'The Daily Ledger', published: '2024-03-05' });
    expect(article.sentences.map((s) => s.text)).toEqual(['Councillors argue over a $40m plan', 'The council voted 5-2 on Tuesday to build the seawall.']);
  });

  it('does not take a transcript greeting for the title of an untitled article', () => {
    const article = parseArticle('t.txt', 'Listen · 4:12\nTranscript\nANCHOR: Good evening. I’m Sam Lee, and this is the Six O’Clock News.\n\nANCHOR: Floodwater closed the main bridge in Kessler on Friday.\n', {});
    expect(article.title).toBeUndefined();
    expect(article.displayTitle).toBe('Floodwater closed the main bridge in Kessler on Friday.');
    expect(article.sentences[0].text).toBe('ANCHOR: Good evening.');
  });

  it('does not take the first line of a hard-wrapped paragraph for a headline', () => {
    const article = parseArticle('w.txt', 'The council voted on Tuesday to build a new\nseawall along the old pier. It will cost $40m.\n', {});
    expect(article.title).toBeUndefined();
    expect(article.paragraphs[0].text).toBe('The council voted on Tuesday to build a new seawall along the old pier. It will cost $40m.');
  });
});

describe('the end of an article', () => {
  it('drops the author bio, related links and widgets, and keeps story lines and post attributions', () => {
    const body = [
      'Ferry fares to rise 8%',
      'By Jo Kemp',
      '',
      'KIRREN, May 2 (Islands Wire) - Ferry fares will rise 8% in June, the operator said on Thursday.',
      'Recall number: 25-118',
      'Share',
      '',
      'More on this story',
      '- Ferry timetable cut for winter',
      '- Why are fares so high?',
      '',
      'The operator blamed fuel costs.',
      'Posted by u/harbour_kev',
      'Fuel costs are an excuse.',
      '',
      'Jo Kemp is our transport reporter. She has covered the islands since 2015.',
    ].join('\n');
    const article = parseArticle('f.txt', body, {});
    expect(article.meta).toMatchObject({ author: 'Jo Kemp', outlet: 'Islands Wire' });
    expect(article.sentences.map((s) => s.text)).toEqual([
      'KIRREN, May 2 (Islands Wire) - Ferry fares will rise 8% in June, the operator said on Thursday.',
      'Recall number: 25-118',
      'The operator blamed fuel costs.',
      // The attribution line stays with the post it introduces.
      'Posted by u/harbour_kev Fuel costs are an excuse.',
    ]);
  });
});

describe('sentences of live blogs and transcripts', () => {
  it('keeps a minute marker and its shouted label with what follows', () => {
    expect(splitSentences("12' GOAL! Varga scores from close range.")).toEqual(["12' GOAL! Varga scores from close range."]);
    expect(splitSentences("90+2' RED CARD! Penn is off. Rovers are down to ten.")).toEqual(["90+2' RED CARD! Penn is off.", 'Rovers are down to ten.']);
    expect(texts("71' YELLOW CARD! Cole is booked for a late tackle.")).toEqual(["71' YELLOW CARD! Cole is booked for a late tackle."]);
  });

  it('ends a sentence before "I", and not at police ranks', () => {
    expect(splitSentences("HOST: Good morning. I'm Ruth Adebayo.")).toEqual(['HOST: Good morning.', "I'm Ruth Adebayo."]);
    expect(splitSentences('"It was targeted," said Det. Sgt. Colm Brannigan.')).toEqual(['"It was targeted," said Det. Sgt. Colm Brannigan.']);
  });
});
