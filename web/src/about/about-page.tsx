// How the arena works, in plain words.
import { api } from '../api/client';
import { Link } from '../router';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRequest } from '../ui/use-request';
import { preliminaryRule } from './preliminary-rule';

export function AboutPage() {
  useDocumentTitle('About');
  // The deployment's own threshold (PRELIMINARY_VOTES), not a figure written here.
  const config = useRequest(api.config);
  return (
    <article class="about prose">
      <h1 tabIndex={-1}>About Judge Arena</h1>
      <p>
        More and more AI systems are graded by other AI systems: an “LLM judge” reads an answer and scores it. Judge
        Arena asks people which judges they agree with, and ranks the judges by those votes.
      </p>

      <h2>How a round works</h2>
      <ol>
        <li>You pick a judging format (below) and see a sample: a user input and an AI response — two for a pairwise round — and sometimes a reference answer. You can edit it, or write your own.</li>
        <li>Two judges grade it against the same rubric, each giving its verdict in that format and a short critique. You can edit the rubric under “Edit judge prompt”.</li>
        <li>You vote for the judge whose critique you agree with: A, B, a tie, or both are bad.</li>
        <li>Only then are the judges’ names revealed.</li>
      </ol>

      <h2>Three judging formats</h2>
      <p>Evaluation pipelines use judges in three ways, and a judge good at one may be poor at another, so the arena tests all three:</p>
      <ul>
        <li>
          <strong>Score 1–5</strong>: the judge grades one response against criteria and a description of each score, and
          answers with a score.
        </li>
        <li>
          <strong>Pass / fail</strong>: the judge checks one response against a single criterion (no factual error, no harmful
          content, follows the instructions, code that runs…) described by what a pass and a fail look like, and answers
          pass or fail. Every sample of the bank comes with a check that fits it.
        </li>
        <li>
          <strong>Pairwise</strong>: the judge reads two responses to the same input, shown as first and second, and says
          which better meets the criteria, or that they tie.
        </li>
      </ul>
      <p>
        Judges that reason before they answer (such as DeepSeek-R1) show their reasoning in its own section, collapsed
        under the critique. Nothing in it counts as the verdict: a verdict the judge considered there and rejected is
        not read as its answer, and an answer cut off before its end is a failed judgment, never half a verdict.
      </p>
      <p>
        <strong>Position bias</strong>: many judges favour whichever of two responses they read first. So in a pairwise
        round each judge is shown the two responses in its own random order, drawn for that judge and recorded, and its
        verdict is mapped back to the order you see: “prefers the first response” always means your first. Because the
        order is recorded, the leaderboard reports, per judge, how often it chose the response it was shown first, of
        its pairwise verdicts that were not ties: about half means no position bias. It is shown once a judge has a
        dozen such verdicts, with a 95% interval, on the pairwise slices of the leaderboard and on each judge’s page.
      </p>
      <p>
        A judge’s critique, though, speaks of “the first response” in the order it read them. So each judge panel says
        which order that was; when it is the other way round from yours, the panel says so plainly (“its ‘first
        response’ is your Second”), so you can tell whether you agree with it. The order is drawn at random for each
        judge, whoever it is, so knowing it tells you nothing about which model is judging.
      </p>
      <p>
        The leaderboard ranks the judges over all formats together, and also within each format and each kind of sample
        (reasoning, coding, factual, writing, advice, safety, or visitors’ own), so you can pick a judge for the job you
        have. A format’s slice counts only the votes on rounds of that format: “Score 1–5” ranks judges by how people
        agree with their grading of one response on a scale, “Pass / fail” by their checks of one response against one
        criterion, “Pairwise” by their choice of the better of two responses. A category’s slice counts the votes on
        samples of that kind, in every format. The two combine, and the leaderboard’s address names the slice (for
        example <code>/leaderboard?format=pairwise&amp;category=coding</code>), so it can be shared.
      </p>

      <h2>How judges are chosen and kept anonymous</h2>
      <p>
        For each round the server draws two different judges at random from the active ones and places them as
        “Judge A” and “Judge B”. Judges with fewer votes are drawn more often, so every judge soon has enough votes
        for a useful rating. If a judge fails before it has written anything, another one quietly takes its place.
        Until you vote, nothing sent to your browser names them: not the page, not its title and not the network
        responses. Both judges see the same sample and rubric and write independently.
      </p>
      <p>
        When no model API is configured (for example on a developer's laptop), simple <em>offline baseline</em>{' '}
        judges take their place. They are marked as such on the leaderboard so they are never mistaken for a model.
      </p>

      <h2>How the rating is computed</h2>
      <p>
        Every hour the votes are turned into ratings with a Bradley–Terry model, the pairwise-comparison model used by
        chess-style ratings and by other model arenas: a judge that wins more often against strong judges gets a higher
        rating. A tie, and “both are bad”, count as half a win for each side. How precisely the votes pin each rating
        down (the model's robust “sandwich” standard error, or optionally resampling the votes many times, a
        bootstrap) gives it a 95% confidence interval; the leaderboard shows it as “+x / −y” and draws it as a
        whisker. A judge that has won or lost every vote so far gets no interval: its votes do not bound it yet. <span data-testid="preliminary-rule">{preliminaryRule(config.data?.preliminaryVotes ?? null)}</span>
      </p>
      <p>
        “Rank (UB)” is 1 + the number of judges whose interval lies entirely above a judge's: the best rank the votes
        allow, so two judges whose intervals overlap can share it. A weak prior keeps the rating of a judge with few
        votes from running off to extremes. The “Elo” column is a simpler online rating, moved by every counted vote
        in the order votes arrive; it is shown for comparison, and the ranking uses the Bradley–Terry rating. Judges
        never compared with each other, not even through other judges, are listed in separate groups whose ratings
        cannot be compared.
      </p>
      <p>
        After your vote you see whether “the favourite” (the judge rated higher so far) or “the underdog” won your
        vote. To keep the ranking fair, some votes are stored but not counted in the rating:
      </p>
      <ul>
        <li>
          a vote on a round where a critique named a model, model family or AI company — you saw “[name withheld]” in
          its place, or the name was left visible because your sample mentions it — since it was not blind;
        </li>
        <li>a vote cast within a few seconds of the judgments appearing, before there was time to read them;</li>
        <li>a vote on a round started hours earlier;</li>
        <li>
          a vote on a sample and rubric you have already seen the names for today — for instance after “new judges” on
          a round you voted on — since the same judge writes the same critique again and you could recognise it;
        </li>
        <li>
          once a judge's critique of a sample and rubric has been revealed, only its next few votes on it count, from
          anyone: that stops one person from learning the judges' texts on a sample and then voting on what they
          already know. The cost: a sample from the fixed bank stops adding votes for a judge once it has been used a
          few times; freshly generated samples keep the arena counting;
        </li>
        <li>votes beyond a daily number from the same visitor.</li>
      </ul>
      <p>
        For the same reason the public status figures (each judge's failure rate and speed, the day's paid calls)
        only move once an hour, and only with rounds already voted on or too old to vote on, so they cannot tell you
        who is judging the round in front of you. “New judges” draws a fresh pair the same way as a new round, so the
        same judges may come back.
      </p>

      <h2>A judging budget shared fairly</h2>
      <p>
        LLM judges cost money, so the arena has a daily budget of paid model calls; when it is spent the arena rests
        until midnight UTC and calls no model at all. To leave everyone a turn, one visitor may use at most a small
        share of it (5% by default): a round with two LLM judges counts as two calls when it starts (judgments the
        arena already has, and the rule-based baselines, cost nothing), a generated AI response as one. Past your share
        you are told when you can play again (midnight UTC); everyone else plays on. Random samples never cost a call:
        fresh ones are written a few an hour and shared by all visitors.
      </p>

      <h2>What is kept and what may be published</h2>
      <p>
        We store each round — the sample, the rubric, both judges' critiques and scores — and your vote. To stop abuse
        such as repeated voting we also keep a visitor identifier: a salted hash of your IP address (for IPv6, of its
        /64 network), with the salt changed every day. Your IP address itself is never stored, there are no accounts, and we never ask for your
        name or email. Please do not type personal information into the sample.
      </p>

      <h2>Open data</h2>
      <p>
        A share of the counted votes (20% unless the operator changes it) is published at{' '}
        <a href="/api/votes/export">/api/votes/export</a>, one vote per line in the format of Chatbot Arena's battle
        logs: the prompt's hash, the two judges, the winner, the time, both judges' verdicts (a score, a pass or fail,
        or a preference) and critiques, and the sample and rubric when they come from the arena's own bank or
        generator. Which votes are in is fixed by a hash of the
        round, and a vote is released only a day after it was cast, when its round can no longer be voted on. A sample
        or rubric you wrote yourself is released as its hash only, with the verdicts but not the critiques (which quote
        it), unless the operator has chosen to publish visitors' texts.
        No visitor identifier, IP address or anything else that links two votes to one person is ever released.
      </p>
      <p>
        Load it with pandas: <code>pd.read_json("…/api/votes/export", lines=True)</code>, or rank it with arena-rank:{' '}
        <code>BradleyTerry(…).compute_ratings_and_cis(PairDataset.from_pandas(df))</code>. The whole API is
        described by an OpenAPI document at <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>

      <h2>Suggest a judge</h2>
      <p>
        Any model with an OpenAI-compatible API can be a judge. Open an issue or a pull request in the project's
        repository with the model's name, organization, license and endpoint; the README's “Adding a judge” section
        explains the settings.
      </p>

      <p>
        <Link href="/">Back to the arena</Link> · <Link href="/leaderboard">See the leaderboard</Link>
      </p>
    </article>
  );
}
