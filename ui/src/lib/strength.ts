// R21: the strength hint for a new passphrase, computed here in the page. Sending every
// prefix of the passphrase to the back end on each keystroke left copies of it in the
// app's WebKit heap; now the passphrase crosses the IPC boundary only when the chair
// submits it. The policy itself (minimum length, typed twice the same) is still checked
// by the domain at submit time; this is advice only.
//
// zxcvbn-ts with its common and Dutch (nl-be) dictionaries estimates how many guesses an
// attacker with the stolen store file would need. The dictionaries are large, so they load
// only when the set-up screen asks for the first hint.

/** How a passphrase is judged while it is typed (the labels are in `nl.setup.strengths`). */
export type Strength = "tooShort" | "weak" | "fair" | "strong";

type Estimator = (passphrase: string) => number;

let estimator: Promise<Estimator> | null = null;

function loadEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, dutch] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-nl-be"),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...dutch.dictionary },
      graphs: common.adjacencyGraphs,
    });
    return (passphrase: string) => zxcvbn.check(passphrase).score;
  })();
  return estimator;
}

/**
 * Maps zxcvbn's score (0–4) to the hint. The store file can be copied and attacked offline,
 * so only 4 ("strong protection from offline slow-hash guessing") counts as strong.
 */
export function strengthOfScore(score: number): Exclude<Strength, "tooShort"> {
  if (score >= 4) return "strong";
  if (score >= 2) return "fair";
  return "weak";
}

/**
 * The hint for `passphrase`; `minChars` is the domain's minimum length (it arrives with
 * the store state). Counted in characters, as the domain counts.
 */
export async function passphraseStrength(
  passphrase: string,
  minChars: number,
): Promise<Strength> {
  if ([...passphrase].length < minChars) return "tooShort";
  const score = (await loadEstimator())(passphrase);
  return strengthOfScore(score);
}
