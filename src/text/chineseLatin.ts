/**
 * Chinese names written in Devanagari or Arabic script, in pinyin as English news writes them:
 * شي جين بينغ and शी चिनफिंग are Xi Jinping, وانغ يي is Wang Yi, هوا تشون ينغ Hua Chunying.
 *
 * A Chinese name is a one-syllable surname and a given name of one or two syllables, which English
 * writes as one word (Jinping) and other scripts often as several (جين بينغ). Each script writes a
 * pinyin syllable in a few known ways: the initial's sound or a near one (Hindi writes the
 * unaspirated j of Jinping as च and its aspirated p as फ; Arabic writes b for p), the final's
 * vowels, which Arabic may leave out, and its -ng as نغ or نج. A name is read as Chinese only
 * when its first word is a common Chinese surname and every word is such syllables, 2 to 4 in all.
 */
import { sounds } from './phonetic.ts';

/* Every syllable of Mandarin in pinyin, by initial (v stands for ü). */
const SYLLABLES = `
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun
ya yao you yan yang ye yi yin ying yo yong yu yue yuan yun
wa wo wai wei wan wen wang weng wu
a o e ai ei ao ou an en ang eng er`;

/* The commonest Chinese surnames (one syllable each): a name is read as Chinese only when it opens with one. */
const SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng
deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan du dai xia zhong wen qin hua yue kong
qian mao fu shen lu su cheng jin shi xi geng qi meng bai kang zou long wan fan tan liao hou shao lei yin hao chang qiu gu
duan lai gong niu lü zhai mei cui ren yao fang tao jiao`.split(/\s+/u),
);

/* Syllables common in given names, preferred where a script writes two syllables alike (ب is b
 * or p, च j or q): Jinping rather than Qinbing. */
const GIVEN = new Set(
  `an bin bo chang chao chen cheng chun dong fang fei feng gang guang guo hai hao hong hua huan hui jian jiang jie jin jing
jun kai lan lei li liang lin ling long mei min ming na ning peng ping qiang qing rong rui shan sheng shu tao tian ting wei
wen xia xian xiang xiao xin xing xiu xu xue yan yang yi ying yong yu yuan yue yun zhen zheng zhi zhong`.split(/\s+/u),
);
const GIVEN_BONUS = 0.25;
/* A final written another way than its usual one. */
const OTHER_FINAL = 0.3;

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];

/* How other scripts write each initial, as `sounds` (phonetic.ts) reads them (S sh, C ch, v w),
 * with a cost for the less usual ways; zh/ch/sh before i cost a little more than j/q/x, which
 * they sound like there. */
const INITIAL_READINGS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  b: [['b', 0], ['p', 0.2]], p: [['p', 0], ['f', 0.1], ['b', 0.2]], m: [['m', 0]], f: [['f', 0], ['v', 0.3]],
  d: [['d', 0], ['t', 0.4]], t: [['t', 0], ['d', 0.4]], n: [['n', 0]], l: [['l', 0]],
  g: [['g', 0], ['q', 0.1], ['k', 0.4]], k: [['k', 0], ['q', 0.3], ['x', 0.4], ['g', 0.4]], h: [['h', 0], ['x', 0.3]],
  j: [['j', 0], ['C', 0.15], ['z', 0.4]], q: [['C', 0], ['k', 0.4], ['j', 0.4], ['ts', 0.4]], x: [['S', 0], ['s', 0.4]],
  zh: [['j', 0.1], ['C', 0.3], ['z', 0.3]], ch: [['C', 0], ['S', 0.5]], sh: [['S', 0.1]], r: [['r', 0], ['j', 0.5], ['z', 0.5]],
  z: [['z', 0], ['ts', 0.3], ['dz', 0.3]], c: [['ts', 0], ['C', 0.3], ['s', 0.5]], s: [['s', 0]],
  y: [['y', 0], ['', 0.3]], w: [['v', 0], ['', 0.4]], '': [['', 0]],
};

/* How other scripts write each final (u after j, q, x, y is ü, written v here), the usual way first. */
const FINAL_READINGS: Record<string, string> = {
  a: 'a', o: 'o|u', e: 'e|a|i', ai: 'ai|ay|e', ei: 'ei|ey|e|i', ao: 'ao|av|au|o', ou: 'ou|ov|o|u', an: 'an', en: 'en|an|in',
  ang: 'ang|anj|an', eng: 'eng|ang|ung|enj', ong: 'ong|ung|onj|unj|vng', er: 'er|ar', i: 'i|e', ia: 'ia', ian: 'ian|ien|en',
  iang: 'iang|ianj', iao: 'iao|iav|iau', ie: 'ie|ieh|ih', in: 'in', ing: 'ing|inj|in|eng', iong: 'iong|iung', iu: 'iu|iou|iov|io',
  u: 'u|o', ua: 'ua', uai: 'uai', uan: 'uan|uen', uang: 'uang|uanj', ui: 'ui|uei|uey|ey', un: 'un|uen|on', uo: 'uo|o|u',
  v: 'u|yu|ui|i', ve: 'ue|ueh|ui|ie', van: 'uan|uen|an', vn: 'un|in',
};

const VOWEL = /[aeiou]/u;

/* Readings a script's spelling habits give one reading: a u or i before a vowel as the glide v or
 * y (هوا hva, جيان jyan), or doubled by Hindi (जियांग jiyang); a vowel between consonants left out,
 * as Arabic print may (ينغ yng), a less often than others, since Arabic writes it as ا (يانغ Yang). */
function variants(reading: string): Array<[string, number]> {
  const out: Array<[string, number]> = [[reading, 0]];
  for (let i = 0; i < reading.length - 1; i++) {
    const [c, next] = [reading[i]!, reading[i + 1]!];
    if (!VOWEL.test(next)) continue;
    if (c === 'u') out.push([`${reading.slice(0, i)}v${reading.slice(i + 1)}`, 0.1]);
    if (c === 'i') out.push([`${reading.slice(0, i)}y${reading.slice(i + 1)}`, 0.1], [`${reading.slice(0, i)}iy${reading.slice(i + 1)}`, 0.1]);
  }
  for (const [r, cost] of [...out]) {
    for (let i = 1; i < r.length - 1; i++) {
      if (VOWEL.test(r[i]!) && !VOWEL.test(r[i - 1]!) && !VOWEL.test(r[i + 1]!)) out.push([r.slice(0, i) + r.slice(i + 1), cost + (r[i] === 'a' ? 0.5 : 0.3)]);
    }
  }
  return out;
}

let readingsIndex: Map<string, Array<{ syllable: string; cost: number }>> | undefined;

/** Every written form of every syllable, as sounds, with the syllables it may be and their costs. */
function readings(): ReadonlyMap<string, ReadonlyArray<{ syllable: string; cost: number }>> {
  if (readingsIndex) return readingsIndex;
  readingsIndex = new Map();
  for (const syllable of SYLLABLES.trim().split(/\s+/u)) {
    const initial = INITIALS.find((i) => syllable.startsWith(i) && syllable.length > i.length) ?? '';
    let final = syllable.slice(initial.length);
    if (/^[jqxy]u/u.test(syllable)) final = `v${final.slice(1)}`;
    for (const [start, startCost] of INITIAL_READINGS[initial] ?? []) {
      (FINAL_READINGS[final] ?? final).split('|').forEach((end, n) => {
        for (const [form, cost] of variants(start + end)) {
          if (!form) continue;
          const list = readingsIndex!.get(form) ?? [];
          const pinyin = syllable.replace('v', 'ü');
          list.push({ syllable: pinyin, cost: startCost + cost + (n > 0 ? OTHER_FINAL : 0) });
          readingsIndex!.set(form, list);
        }
      });
    }
  }
  return readingsIndex;
}

const MAX_FORM = 8;
/* A Hindi compound may keep the inherent a between a syllable's ng and the next (जियांगहाओ jiyangahao). */
const LINKING_A = 0.3;

/**
 * The cheapest split of a word's sounds into pinyin syllables, with its cost; none when it has none.
 * @example syllablesOf('चिनफिंग')?.syllables // ['jin', 'ping']
 */
export function syllablesOf(word: string, only?: ReadonlySet<string>): { syllables: string[]; cost: number } | undefined {
  // No pinyin syllable ends in m: an m before a labial is the n of the syllable before, as Hindi's
  // anusvara reads there (जिंपिंग jimping: Jinping, वेंबिन Wenbin).
  const s = sounds(word).join('').replace(/m(?=[bpfv])/gu, 'n');
  if (!s) return undefined;
  const index = readings();
  const best: Array<{ syllables: string[]; cost: number } | undefined> = [{ syllables: [], cost: 0 }];
  for (let i = 0; i < s.length; i++) {
    const here = best[i];
    if (!here) continue;
    const relax = (j: number, syllable: string, cost: number): void => {
      const next = { syllables: [...here.syllables, syllable], cost: here.cost + cost + 1 };
      const old = best[j];
      if (!old || next.cost < old.cost) best[j] = next;
    };
    for (let len = 1; len <= MAX_FORM && i + len <= s.length; len++) {
      // A syllable with no initial only opens a word: inside one its vowel would be the last's.
      for (const r of index.get(s.slice(i, i + len)) ?? []) {
        if ((i > 0 && /^[aeo]/u.test(r.syllable)) || (only && !only.has(r.syllable))) continue;
        const cost = r.cost - (!only && GIVEN.has(r.syllable) ? GIVEN_BONUS : 0);
        relax(i + len, r.syllable, cost);
        if (i + len < s.length - 1 && s[i + len] === 'a' && /ng$/u.test(r.syllable)) relax(i + len + 1, r.syllable, cost + LINKING_A);
      }
    }
  }
  return best[s.length];
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/* A word of one syllable costs 1 and a close reading little more; past this a word is no pinyin. */
const MAX_COST_PER_SYLLABLE = 1.7;
/* A given-name syllable written its usual way costs 0.75; a name of other languages read as pinyin costs 0.88 and more. */
const CLEAR_PINYIN = 0.8;

/**
 * A name's words read as a Chinese name in pinyin, surname first and the given name as one word;
 * none unless it opens with a common Chinese surname and all its words are 2 to 4 syllables, one
 * a word unless the text calls the person `chinese`.
 * @example chineseName(['شي', 'جين', 'بينغ']) // 'Xi Jinping'
 * @example chineseName(['वांग', 'यी']) // 'Wang Yi'
 * @example chineseName(['शी', 'जिनपिंग'], true) // 'Xi Jinping'
 * @example chineseName(['محمد', 'علي']) // undefined
 */
export function chineseName(words: readonly string[], chinese = false): string | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const read = words.map((w, i) => syllablesOf(w, i === 0 ? SURNAMES : undefined));
  if (read.some((r) => !r || r.syllables.length > 2 || r.cost > MAX_COST_PER_SYLLABLE * r.syllables.length)) return undefined;
  // A word of two syllables may well be another language's name (جو بايدن reads Zhu Biden): only
  // a person the text calls Chinese has one, unless both syllables are common in given names and
  // written as they usually are (वेंबिन Wenbin, चुनयिंग Chunying; not بايدن bi-den, अली a-li).
  if (!chinese && read.some((r) => r!.syllables.length > 1 && r!.cost > CLEAR_PINYIN * r!.syllables.length)) return undefined;
  const [surname, ...given] = read.flatMap((r) => r!.syllables);
  if (read[0]!.syllables.length !== 1 || given.length < 1 || given.length > 2) return undefined;
  return `${capital(surname!)} ${capital(given.join(''))}`;
}
