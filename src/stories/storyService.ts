import { extname } from 'node:path';
import { UserInputError, type AttachedFile, type Choice } from '../commands/command.ts';
import type { Logger } from '../log.ts';
import { ARTICLE_EXTENSIONS, articleFromText, MAX_ARTICLE_BYTES, rejectReason } from '../story/loadStory.ts';
import type { Story } from '../story/story.ts';
import type { Article } from '../story/types.ts';
import { moveToRemoved, slug, writeNewFile } from './articleFile.ts';
import { ONE_SOURCE, type AddedArticle, type Place, type RemovedArticle, type StoryDesk, type StoryListing, type StorySummary, type UseResult } from './desk.ts';
import { duplicateOf } from './duplicates.ts';
import { readHtmlPage } from './pageArticle.ts';
import { fetchPage, FetchRefused, type FetchLimits } from './safeFetch.ts';
import { channelKey, serverKey, type StoryChoices } from './storyChoices.ts';
import type { StoryEntry, StoryLibrary } from './storyLibrary.ts';

/** Which story a command asks for: named, else by where it is used; `version` finds the one an answer came from. */
export interface StoryRequest extends Place {
  story?: string;
  version?: string;
}

export interface StoryServiceOptions {
  library: StoryLibrary;
  choices: StoryChoices;
  /** A role (id or name) whose members may change stories, besides Manage Server. */
  adminRole?: string;
  fetchLimits?: FetchLimits;
  /** /story add and remove answer once the story serves the change, or after this long (default 20 s) saying it is on its way. */
  rebuildWaitMs?: number;
  logger?: Logger;
}


/**
 * The bot's stories as the adapters and /story see them: which story answers where, and adding,
 * removing and choosing stories. Every refusal is a UserInputError with a message for the user, and
 * nothing is written before every check has passed.
 */
export class StoryService implements StoryDesk {
  readonly adminRule: string;
  private readonly library: StoryLibrary;
  private readonly choices: StoryChoices;

  constructor(private readonly options: StoryServiceOptions) {
    this.library = options.library;
    this.choices = options.choices;
    this.adminRule = options.adminRole ? `the Manage Server permission or the “${options.adminRole}” role` : 'the Manage Server permission';
  }

  /** The story that answers here; undefined while it is loading. Throws UserInputError for an unknown or empty story. */
  getStory(request: StoryRequest = {}): Story | undefined {
    if (request.version) return this.library.byVersion(request.version);
    const entry = request.story ? this.named(request.story) : this.current(request)?.entry;
    if (!entry) return undefined;
    if (entry.story) return entry.story;
    if (entry.status === 'loading') return undefined;
    if (entry.status === 'empty') throw new UserInputError(`“${entry.name}” has no articles yet. An admin can add one with \`/story add url:\` or \`file:\`.`);
    throw new UserInputError(`“${entry.name}” could not be loaded (${entry.note ?? 'unknown error'}).`);
  }

  private named(ref: string): StoryEntry {
    const entry = this.library.find(ref);
    if (entry) return entry;
    const names = this.library.all().map((e) => `“${e.name}”`).join(', ');
    throw new UserInputError(`There is no story “${ref.slice(0, 100)}”. Stories: ${names || 'none yet'} (\`/story list\`).`);
  }

  current(place: Place): { entry: StoryEntry; because: 'channel' | 'server' | 'first' } | undefined {
    const byChannel = place.channelId ? this.library.get(this.choices.get(channelKey(place.channelId)) ?? '') : undefined;
    if (byChannel) return { entry: byChannel, because: 'channel' };
    const byServer = place.guildId ? this.library.get(this.choices.get(serverKey(place.guildId)) ?? '') : undefined;
    if (byServer) return { entry: byServer, because: 'server' };
    const first = this.library.all()[0];
    return first ? { entry: first, because: 'first' } : undefined;
  }

  summary(entry: StoryEntry): StorySummary {
    const story = entry.story;
    const dates = story?.articles.map((a) => a.meta.published).filter((d): d is string => !!d).sort() ?? [];
    return {
      id: entry.id,
      name: entry.name,
      status: entry.status,
      articles: story?.articles.length ?? 0,
      sources: story ? new Set(story.articles.map((a) => a.meta.outlet?.toLowerCase() ?? `#${a.file}`)).size : 0,
      words: story?.articles.reduce((n, a) => n + a.words, 0) ?? 0,
      ...(dates.length ? { from: dates[0], to: dates[dates.length - 1] } : {}),
      ...(entry.updated ? { updated: new Date(entry.updated).toISOString() } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    };
  }

  list(place: Place): StoryListing {
    const current = this.current(place);
    return { stories: this.library.all().map((e) => this.summary(e)), ...(current ? { current: { id: current.entry.id, because: current.because } } : {}) };
  }

  async use(ref: string, scope: 'channel' | 'server', place: Place): Promise<UseResult> {
    const entry = this.named(ref);
    const key = scope === 'server' ? (place.guildId ? serverKey(place.guildId) : undefined) : place.channelId ? channelKey(place.channelId) : undefined;
    if (!key) throw new UserInputError(scope === 'server' ? 'A server story can only be chosen inside a server.' : 'Use this in the channel whose story you want to set.');
    try {
      await this.choices.set(key, entry.id);
    } catch (err) {
      this.options.logger?.error('could not save a story choice', { key, error: err as Error });
      throw new UserInputError('The choice could not be saved (the store is unavailable); nothing changed. Try again in a moment.');
    }
    return { story: this.summary(entry), scope };
  }

  async add(request: { story?: string; url?: string; file?: AttachedFile }, place: Place): Promise<AddedArticle> {
    if (!!request.url === !!request.file) throw new UserInputError(ONE_SOURCE);
    // 1. Read and check everything; nothing is written until the article is known to be new and readable.
    const candidate = request.url ? await this.readUrl(request.url) : await this.readFile(request.file!);
    const existing = request.story ? this.library.find(request.story) : this.current(place)?.entry;
    if (request.story && !existing) {
      if (!this.library.root) throw new UserInputError(`There is no story “${request.story.slice(0, 100)}”, and this bot serves a single story folder (STORY_DIR): set STORIES_DIR to create stories from Discord.`);
      if (!slug(request.story, 40).replace(/-/g, '')) throw new UserInputError('A new story needs a name with letters or digits.');
    }
    if (!existing && !request.story) throw new UserInputError('There is no story to add to yet: name one with `story:`.');
    if (existing?.story) {
      const duplicate = duplicateOf(existing.story, candidate.article, [candidate.article.meta.url, candidate.fetchedUrl]);
      if (duplicate) {
        const what = duplicate.reason === 'url' ? 'the same address' : 'the same text';
        throw new UserInputError(`“${existing.name}” already has this article: ${duplicate.article.file} (“${duplicate.article.displayTitle.slice(0, 120)}”), ${what}. Nothing was added.`);
      }
    }
    // 2. Write, then rebuild: the answer comes once the story answers with the new article.
    const entry = existing ?? (await this.library.create(request.story!));
    const file = await writeNewFile(entry.dir, candidate.base, candidate.ext, candidate.text);
    const served = await this.rebuilt(entry);
    const article = candidate.article;
    return {
      story: this.summary(entry),
      created: !existing,
      file,
      title: article.displayTitle,
      ...(article.meta.outlet ? { outlet: article.meta.outlet } : {}),
      ...(article.meta.author ? { author: article.meta.author } : {}),
      ...(article.meta.published ? { published: article.meta.published } : {}),
      ...(article.meta.url ? { url: article.meta.url } : {}),
      words: article.words,
      warnings: candidate.warnings,
      served,
    };
  }

  /** Rebuilds a story after a change; false when it was not served yet after rebuildWaitMs (it goes on in the background). */
  private async rebuilt(entry: StoryEntry): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), this.options.rebuildWaitMs ?? 20_000)));
    const done = this.library.reload(entry.id).then(() => true as const);
    try {
      return await Promise.race([done, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async fetch(address: string, options: { anyType?: boolean } = {}) {
    try {
      return await fetchPage(address, { ...this.options.fetchLimits, ...options });
    } catch (err) {
      if (err instanceof FetchRefused) throw new UserInputError(err.message);
      throw err;
    }
  }

  private async readUrl(url: string): Promise<Candidate> {
    const page = await this.fetch(url);
    if (/^text\/plain/i.test(page.contentType)) return this.fromText(page.body, slug(new URL(page.url).pathname.split('/').pop() || 'article'), '.txt', page.url);
    const read = await readHtmlPage(page.body, { charset: page.charset, url: page.url, source: url });
    if ('refused' in read) throw new UserInputError(read.refused);
    return this.fromMarkdown(read.markdown, read.warnings, page.url);
  }

  private async readFile(file: AttachedFile): Promise<Candidate> {
    const ext = extname(file.name).toLowerCase();
    if (!ARTICLE_EXTENSIONS.test(file.name)) throw new UserInputError(`${file.name.slice(0, 100)} is not a file type stories take: attach an .html, .htm, .txt or .md file.`);
    if (file.size > MAX_ARTICLE_BYTES) throw new UserInputError(`${file.name.slice(0, 100)} is ${(file.size / 1024 / 1024).toFixed(1)} MB; files can be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB.`);
    const page = await this.fetch(file.url, { anyType: true });
    const base = slug(file.name.slice(0, file.name.length - ext.length));
    if (ext === '.html' || ext === '.htm') {
      const read = await readHtmlPage(page.body, { charset: page.charset });
      if ('refused' in read) throw new UserInputError(read.refused);
      return this.fromMarkdown(read.markdown, read.warnings);
    }
    return this.fromText(page.body, base, ext === '.markdown' ? '.md' : ext);
  }

  private fromText(bytes: Buffer, base: string, ext: string, fetchedUrl?: string): Candidate {
    const reason = rejectReason(bytes);
    if (reason) throw new UserInputError(`The file cannot be read as an article: ${reason}.`);
    const text = bytes.toString('utf8');
    const { article, warnings } = articleFromText(`${base}${ext}`, text);
    if (!article.sentences.length) throw new UserInputError('No article text is left in that file once page furniture is removed; nothing was added.');
    return { article, text, base, ext, warnings: warnings.map((w) => `front matter: ${w}`), fetchedUrl };
  }

  private fromMarkdown(markdown: string, warnings: string[], fetchedUrl?: string): Candidate {
    const { article } = articleFromText('new.md', markdown);
    if (!article.sentences.length) throw new UserInputError('No article text could be read from that page; nothing was added.');
    const base = slug(`${article.meta.published ?? ''} ${article.displayTitle}`);
    return { article, text: markdown, base, ext: '.md', warnings, fetchedUrl };
  }

  async remove(request: { story?: string; article: string }, place: Place): Promise<RemovedArticle> {
    const entry = request.story ? this.named(request.story) : this.current(place)?.entry;
    if (!entry) throw new UserInputError('There is no story to remove from.');
    const article = entry.story ? findArticle(entry.story, request.article) : undefined;
    if (!article) throw new UserInputError(`“${entry.name}” has no article “${request.article.slice(0, 100)}”. Pick one from the suggestions as you type.`);
    const movedTo = await moveToRemoved(entry.dir, article.file);
    const served = await this.rebuilt(entry);
    return { story: this.summary(entry), file: article.file, title: article.displayTitle, movedTo, served };
  }

  storyChoices(typed: string): Choice[] {
    const want = typed.trim().toLowerCase();
    return this.library
      .all()
      .filter((e) => !want || e.name.toLowerCase().includes(want) || e.id.includes(want))
      .slice(0, 25)
      .map((e) => {
        const s = this.summary(e);
        const updated = s.updated ? `, updated ${s.updated.slice(0, 10)}` : '';
        return { name: `${e.name} — ${s.status === 'ready' ? `${s.articles} article${s.articles === 1 ? '' : 's'}` : s.note ?? s.status}${updated}`, value: e.id };
      });
  }

  articleChoices(story: string | undefined, place: Place, typed: string): Choice[] {
    const entry = story ? this.library.find(story) : this.current(place)?.entry;
    const want = typed.trim().toLowerCase();
    return (entry?.story?.articles ?? [])
      .filter((a) => !want || a.displayTitle.toLowerCase().includes(want) || a.file.toLowerCase().includes(want) || (a.meta.outlet ?? '').toLowerCase().includes(want))
      .slice(0, 25)
      .map((a) => ({ name: `${a.displayTitle}${a.meta.outlet ? ` — ${a.meta.outlet}` : ''}`, value: a.file }));
  }
}

interface Candidate {
  article: Article;
  text: string;
  base: string;
  ext: string;
  warnings: string[];
  fetchedUrl?: string;
}

function findArticle(story: Story, ref: string): Article | undefined {
  const want = ref.trim().toLowerCase();
  return story.articles.find((a) => a.file.toLowerCase() === want) ?? story.articles.find((a) => a.displayTitle.toLowerCase() === want);
}
