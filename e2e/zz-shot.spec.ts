import { test } from '@playwright/test';
import { compareOnly } from './helpers.ts';
const texts = [
  '---\ntitle: Bahamian swimmer among dozens stung in Boracay race\nsource: The Nassau Dispatch\npublished: 2025-09-15\n---\nBahamian national team swimmer Tamara Rolle, 19, was among some 60 competitors stung by box jellyfish during an open-water race off Boracay island in the Philippines yesterday. The Boracay Open Water Classic, which attracted some 300 swimmers from 14 countries, was halted at about 7.40am local time, 25 minutes after the start. Four swimmers were taken to hospital, the organisers said.\n\nMiss Rolle was one of four Bahamians in the field, and the only one of them to be stung. She was treated with vinegar on the beach and later released, her coach, Dwight Ferguson, told The Dispatch from Boracay. "It felt like being whipped across the arms and back," Miss Rolle said.\n\nLocal authorities have banned swimming along the main beach while the waters are checked. The Bahamas Aquatics Federation said it was satisfied with the organisers\' response. Miss Rolle, a student at a university in Florida, had been using the race to prepare for next year\'s regional championships. Box jellyfish stings can be fatal, and swimmers are advised to leave the water at once if they are stung.',
  "---\ntitle: Live: Boracay Open Water Classic\nsource: Open Water Live\npublished: 2025-09-14\n---\n7.15am: And they're off \u2014 312 swimmers from 14 nations have started the 5km race from White Beach.\n\n7.42am: Race organisers have stopped the race after several swimmers reported stings.\n\n8.10am: Around 20 swimmers have been stung, and medics say it looks like a Portuguese man o' war.\n\n9.05am: Lifeguards are pulling the last swimmers from the water.\n\nUpdate, 10.45am \u2014 The medical tent has now treated 58 swimmers for stings. Marine biologists from the local government say the stings were caused by box jellyfish, not men o' war.\n\n11.30am: Four swimmers have been taken to the hospital in Balabag for treatment. Among those stung are swimmers from the Bahamas, Japan and Australia.\n\n1.20pm: The Malay municipal government has banned swimming along White Beach for the rest of the day.\n\nSummary, 4.00pm \u2014 About 60 swimmers were stung by box jellyfish and four went to hospital; the race will not be rerun.",
];
for (const [w, h] of [
  [1440, 900],
  [390, 844],
] as const) {
  test(`shot ${w}`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await compareOnly(page, texts);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/diag/shot-${w}.png`, fullPage: false });
    const facts = page.getByRole('button', { name: /conflict/i }).first();
    if (await facts.count()) await facts.click().catch(() => {});
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/diag/shot-${w}-b.png`, fullPage: false });
  });
}
