import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * News pages written for these tests (a fictional story: a fire at Dunmore's Kestrel Park library), with
 * what real pages carry around an article: navigation, a cookie banner, ads, related links, comments,
 * JSON-LD and Open Graph. Served by a real HTTP server on 127.0.0.1.
 */

export interface PageSpec {
  title: string;
  outlet: string;
  published: string;
  author: string;
  url: string;
  paragraphs: string[];
  jsonLd?: boolean;
  openGraph?: boolean;
  extraHead?: string;
}

const FURNITURE_TOP = `
<header class="site-header"><a href="/">Home</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience and to show you personalised advertising. By continuing you accept our cookie policy.</p><button>Accept all</button><button>Manage choices</button></div>
<div class="ad ad-leaderboard"><a href="https://ads.example/click">Advertisement: Save 20% on garden furniture this weekend only</a></div>`;

const FURNITURE_BOTTOM = `
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/news/bins">Bin collections change from next month</a></li>
<li><a href="/news/bakery">Bakery on the high street wins regional award</a></li>
<li><a href="/news/roadworks">Roadworks on the ring road extended again</a></li></ul></aside>
<div class="ad ad-mpu"><a href="https://ads.example/mpu">Advertisement: Cheap flights to the sun</a></div>
<section id="comments" class="comments"><h3>Comments (3)</h3>
<div class="comment"><span class="comment-author">readerbob</span><p>Typical council, they never maintain anything properly.</p></div>
<div class="comment"><span class="comment-author">anna_k</span><p>So sad, I went there every week as a child.</p></div>
<div class="comment"><span class="comment-author">dunmore_dad</span><p>First the swimming pool and now this.</p></div></section>
<footer class="site-footer"><p>© 2025 All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact us</a></footer>`;

export function newsPage(spec: PageSpec): string {
  const ld = spec.jsonLd
    ? `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: spec.outlet, url: 'https://example.org/' },
          {
            '@type': 'NewsArticle',
            headline: spec.title,
            datePublished: `${spec.published}T08:30:00+01:00`,
            author: [{ '@type': 'Person', name: spec.author }],
            publisher: { '@type': 'Organization', name: spec.outlet },
            mainEntityOfPage: { '@type': 'WebPage', '@id': spec.url },
          },
        ],
      })}</script>`
    : '';
  const og = spec.openGraph
    ? `<meta property="og:type" content="article"><meta property="og:title" content="${spec.title}"><meta property="og:site_name" content="${spec.outlet}"><meta property="og:url" content="${spec.url}"><meta property="article:published_time" content="${spec.published}T07:00:00Z"><meta name="author" content="${spec.author}">`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${spec.title} | ${spec.outlet}</title>${og}${ld}${spec.extraHead ?? ''}</head><body>${FURNITURE_TOP}
<main><article><h1>${spec.title}</h1><p class="byline">By ${spec.author}</p>
${spec.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>${FURNITURE_BOTTOM}</body></html>`;
}

export const COURIER: PageSpec = {
  title: 'Fire closes Kestrel Park library',
  outlet: 'Dunmore Courier',
  published: '2025-10-14',
  author: 'Hana Whitlock',
  url: 'https://courier.example/news/kestrel-park-library-fire',
  jsonLd: true,
  paragraphs: [
    'Kestrel Park library in Dunmore will stay closed for at least six months after a fire tore through its ground floor on Monday night, the town council said.',
    'Firefighters were called to the building on Alder Road shortly after 11pm and brought the blaze under control by 2am. Nobody was inside and no one was hurt.',
    'Fire chief Tomas Reyl said the fire started in an electrical cupboard next to the children\'s section. "The sprinklers held it back long enough for our crews to save the upper floor," he said.',
    'Head librarian Maren Oduya said the loss was hardest in the local history room, where parish records and photographs were kept. "We lost the local history room, and some of what was in it cannot be replaced," she said.',
    'The library lends about 40,000 books a year and runs reading groups, a homework club and free computer sessions. The council said it would announce a temporary site within days.',
    'An investigation into the cause is under way, and the building has been fenced off while engineers check the roof.',
  ],
};

export const RADIO: PageSpec = {
  title: 'Council promises temporary library after Kestrel Park fire',
  outlet: 'Valley Radio',
  published: '2025-10-15',
  author: 'Sam Oyelaran',
  url: 'https://valleyradio.example/2025/10/15/temporary-library',
  openGraph: true,
  paragraphs: [
    'Dunmore council will open a temporary library in the Riverside community hall while the fire-damaged Kestrel Park building is repaired, its leader announced on Wednesday.',
    'Council leader Priya Anand said the temporary site would open on November 3 with a smaller collection, public computers and the homework club. "Nobody in this town should go without a library for six months," she said.',
    'Books on loan from Kestrel Park can be returned to any other library in the county, and fines have been suspended until the end of the year.',
    'Opposition councillor Dev Marsh welcomed the plan but asked why the building\'s wiring had not been replaced, as a 2022 survey had recommended. "The warning was there three years ago," Marsh said.',
    'The council said the survey\'s recommendations had been scheduled for next spring and that the investigation would look at the wiring.',
  ],
};

export const LEDGER: PageSpec = {
  title: 'Volunteers carry parish records out of burnt library',
  outlet: 'Northern Ledger',
  published: '2025-10-17',
  author: 'Iris Campbell',
  url: 'https://ledger.example/dunmore/volunteers-archive',
  jsonLd: true,
  paragraphs: [
    'More than sixty volunteers spent Thursday carrying boxes of parish records, maps and photographs out of the Kestrel Park library, three days after the fire that closed it.',
    'Working in masks and gloves, they moved the surviving archive to the county record office in Hallam, where conservators will dry the damp pages. “Every box we carried out is a piece of Dunmore’s memory,” said volunteer coordinator Ewan Holt.',
    'Conservator Léa Fontaine said most of the photographs could be saved. “Smoke is the enemy, not water — water we know how to handle,” she said.',
    'Head librarian Maren Oduya thanked the volunteers and said a list of what was lost would be published once the record office had finished its survey, which is expected to take about eight weeks.',
    'Residents who hold copies of old photographs of the town have been asked to lend them so that gaps in the collection can be filled.',
  ],
};

export const INSURANCE: PageSpec = {
  title: 'Insurers agree to pay for Kestrel Park library rebuild',
  outlet: 'Dunmore Courier',
  published: '2025-10-28',
  author: 'Hana Whitlock',
  url: 'https://courier.example/news/library-insurance',
  jsonLd: true,
  paragraphs: [
    'The council\'s insurers have agreed to pay for the repair of Kestrel Park library, which was badly damaged by fire two weeks ago, council leader Priya Anand confirmed on Tuesday.',
    'The settlement covers the building, its wiring and the replacement of about 12,000 books. The local history collection is not covered, and the council has launched an appeal for donations of old photographs and documents.',
    '"This is the news we were hoping for, and the builders can start in January," Anand said. She said the library should reopen in the summer.',
    'The fire investigation has confirmed that a faulty distribution board in the electrical cupboard caused the blaze. Fire chief Tomas Reyl said there was no sign that anyone had started it deliberately.',
  ],
};

/** Windows-1252 bytes for text with curly quotes, dashes and accents (Buffer has no cp1252 encoder). */
export function windows1252(text: string): Buffer {
  const map: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((c) => map[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

const HOME = `<!doctype html><html><head><meta charset="utf-8"><title>Dunmore Courier — local news</title><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Dunmore Courier","url":"https://courier.example/"}</script></head>
<body>${FURNITURE_TOP}<main><h2>Top stories</h2><ul>
<li><a href="/news/kestrel-park-library-fire">Fire closes Kestrel Park library</a></li>
<li><a href="/news/bins">Bin collections change from next month</a></li>
<li><a href="/news/bakery">Bakery on the high street wins regional award</a></li>
<li><a href="/news/roadworks">Roadworks on the ring road extended again</a></li>
<li><a href="/sport/derby">Dunmore Town win the derby in stoppage time</a></li>
<li><a href="/weather">Weekend weather: rain clearing by Sunday</a></li></ul></main>${FURNITURE_BOTTOM}</body></html>`;

const PAYWALL = `<!doctype html><html><head><meta charset="utf-8"><title>Library fire: what went wrong | Ledger Plus</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Library fire: what went wrong","datePublished":"2025-10-20","isAccessibleForFree":false,"publisher":{"@type":"Organization","name":"Northern Ledger"},"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywalled"}}</script></head>
<body>${FURNITURE_TOP}<main><article><h1>Library fire: what went wrong</h1><p>Three years before the fire, a survey warned that the wiring in Kestrel Park library needed replacing. Our investigation found the warning was repeated twice.</p>
<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p><a href="/subscribe">Subscribe from £1 a week</a></div></article></main>${FURNITURE_BOTTOM}</body></html>`;

const EMPTY = `<!doctype html><html><head><meta charset="utf-8"><title>Watch: the library fire</title><meta property="og:type" content="article"><meta property="og:title" content="Watch: the library fire"></head>
<body>${FURNITURE_TOP}<main><article><h1>Watch: the library fire</h1><video src="/v.mp4"></video><p>Video: 1 min 20 s.</p></article></main>${FURNITURE_BOTTOM}</body></html>`;

export interface PageServer {
  base: string;
  /** How many times each path was requested. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** The test web: articles, the hostile and broken pages, on 127.0.0.1 at a port the OS picks. */
export async function startPageServer(): Promise<PageServer> {
  const hits = new Map<string, number>();
  const pending = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => res.writeHead(200, { 'content-type': type }).end(body);
    switch (path) {
      case '/courier/fire':
        return html(newsPage(COURIER));
      case '/courier/fire-shared':
        // The same article under a different address (a share link): its canonical address gives it away.
        return html(newsPage(COURIER));
      case '/radio/temporary':
        return html(newsPage(RADIO));
      case '/ledger/volunteers':
        return html(windows1252(newsPage(LEDGER).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')), 'text/html');
      case '/ledger/volunteers-header':
        return html(windows1252(newsPage(LEDGER).replace('<meta charset="utf-8">', '')), 'text/html; charset=windows-1252');
      case '/copy/fire':
        // The Courier's text republished by another site under another address.
        return html(newsPage({ ...COURIER, outlet: 'Aggregator Daily', url: 'https://aggregator.example/fire', jsonLd: false, openGraph: true }));
      case '/home':
        return html(HOME);
      case '/paywall':
        return html(PAYWALL);
      case '/empty':
        return html(EMPTY);
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 30 && res.write(chunk)) sent++;
          if (sent >= 30) res.end();
          else res.once('drain', () => { sent++; pump(); });
        };
        res.on('error', () => {});
        return pump();
      }
      case '/loop/a':
        return res.writeHead(302, { location: '/loop/b' }).end();
      case '/loop/b':
        return res.writeHead(302, { location: '/loop/a' }).end();
      case '/slow': {
        const timer = setTimeout(() => html(newsPage(COURIER)), 5000);
        pending.add(timer);
        req.on('close', () => clearTimeout(timer));
        return;
      }
      case '/image':
        return res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100));
      default:
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>Not found</h1></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    async close() {
      for (const t of pending) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
