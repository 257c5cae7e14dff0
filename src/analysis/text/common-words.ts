/**
 * A small background model of English word frequency, so that a similarity computed over only
 * two sentences (the `pairs` command) still knows that "said" is cheap and "uranium" is not.
 * Two tiers of common non-stopwords, hand-picked from general English and news frequency lists
 * (the top of any newspaper corpus count); anything not listed is treated as rare.
 * Rejected alternative: shipping a full frequency table (hundreds of KB in the bundle) for a
 * gain that only matters on the shortest inputs.
 */
const VERY_COMMON = `said say says saying told tell year years new time times people one two first last
like get got make made go going went know take took see come came think look want give gave use used
find found work way day days week weeks month months also back well good just now then first many
much new old high long great little own right big small large next early young important public
state states government country countries world man men woman women child children group groups
part number place case point home report reported reports official officials percent per cent according
told called call around another added including include includes news today yesterday week
thing things life lives hand part area company companies system program programme question
law member members problem fact lot end support leader leaders city several mr mrs ms`;

const COMMON = `president minister prime party police court water money market business service
services family families health school schools student students community national international
local political military security economic economy financial social foreign public private power
force forces war attack attacks killed kill death deaths dead died die injured wounded
election elections vote votes voters campaign policy policies plan plans deal talks meeting meet met
agreement agreed agree announced announce announcement statement decision decided decide
office head chief director spokesman spokeswoman spokesperson secretary authority authorities
department ministry agency council committee board union bank price prices cost costs rate rates
tax taxes budget fund funds funding billion million thousand hundred increase increased rise rose
fall fell drop dropped growth grew higher lower led lead leading second third former current recent
recently expected expect expects likely continue continued began begin start started stop stopped
help helped keep kept hold held run ran move moved show showed shows open opened close closed
including across among near north south east west northern southern eastern western region
regional capital town village street road border troops soldiers army navy weapons nuclear oil
gas energy climate change changes trade deal deals talks crisis conflict fighting violence
protest protests protesters arrested arrest charged charges trial prison judge case cases
investigation inquiry evidence information data research study studies scientists doctors
hospital patients virus disease cases workers jobs job pay wages industry companies firm firms
chief executive shares investors stock sales profit profits revenue quarter annual
told asked added noted warned urged called claimed denied confirmed believe believed
because however while although despite during following before after against within without
want wanted need needed must should could would might able unable possible whether
issue issues problem problems process action actions effort efforts role result results
level levels system systems control order rules rule right rights freedom free free
first second last final major key top main senior general special social human
week weekend morning evening night hours hour minutes days today tonight tomorrow
early late later earlier ago past future end beginning half`;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export const VERY_COMMON_WORDS: ReadonlySet<string> = new Set(words(VERY_COMMON));
export const COMMON_WORDS: ReadonlySet<string> = new Set(words(COMMON).filter((w) => !VERY_COMMON_WORDS.has(w)));

/** True for words common enough in English that a capital letter at sentence start says nothing. */
export function isCommonWord(lower: string): boolean {
  return VERY_COMMON_WORDS.has(lower) || COMMON_WORDS.has(lower);
}
