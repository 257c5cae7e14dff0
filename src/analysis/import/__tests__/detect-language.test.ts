import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../detect-language.ts';

describe('detectLanguage', () => {
  it('recognises English news prose', () => {
    const g = detectLanguage(
      "British Prime Minister David Cameron held talks with Iran's President Hassan Rouhani on Wednesday at the United Nations, the first meeting between the countries' leaders since the 1979 Islamic Revolution.",
    );
    expect(g).toMatchObject({ english: true, language: 'English' });
  });

  it.each([
    [
      'French',
      'Le Premier ministre britannique a rencontré le président iranien à New York, une première depuis la révolution islamique de 1979, selon un porte-parole de Downing Street.',
    ],
    [
      'German',
      'Der britische Premierminister hat sich mit dem iranischen Präsidenten in New York getroffen, das erste Treffen seit der Revolution, die im Jahr 1979 stattfand, sagte ein Sprecher.',
    ],
    [
      'Spanish',
      'El primer ministro británico se reunió con el presidente iraní en Nueva York, la primera reunión entre los líderes de los dos países desde la revolución de 1979, según un portavoz.',
    ],
    ['Chinese', '英国首相卡梅伦与伊朗总统鲁哈尼在纽约会面，这是自1979年伊斯兰革命以来两国领导人首次会晤。'],
    ['Russian or another Cyrillic-script language', 'Премьер-министр Великобритании встретился с президентом Ирана в Нью-Йорке, впервые с 1979 года.'],
  ])('recognises %s as not English', (language, text) => {
    expect(detectLanguage(text)).toMatchObject({ english: false, language });
  });

  it('does not judge a few words', () => {
    expect(detectLanguage('Obama visits Berlin')).toMatchObject({ english: true, language: null });
  });

  it('says "not English" without a name for an unlisted Latin-script language', () => {
    expect(detectLanguage('Brytyjski premier spotkał się z prezydentem Iranu w Nowym Jorku, pierwszy raz od rewolucji islamskiej w roku 1979.')).toMatchObject({
      english: false,
      language: null,
    });
  });
  it('does not call a short note of names foreign: it has no function word, but it is mostly names', () => {
    expect(detectLanguage("PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.").english).toBe(true);
  });
});
