// The I/O edge of the round machine: each effect sends the request a state holds and dispatches the answer.
// A request object lives in the state from the transition that issues it until its answer, so an effect
// runs once per request. A late answer carries its old request id and the reducer drops it; only the
// stream is aborted when it is no longer wanted, to close its connection.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { streamBattle, type StreamEvent } from '../api/battle-stream';
import { api } from '../api/client';
import { RequestError } from '../api/request-error';
import type { VoteAnswer, VoteChoice } from '../api/types';
import { messageOf } from '../ui/use-request';
import type { RoundAction, RoundState } from './round-state';
import { TurnstileGate } from './turnstile';

type Dispatch = (action: RoundAction) => void;

export function useRoundRequests(state: RoundState, dispatch: Dispatch, turnstileBox: RefObject<HTMLDivElement | null>) {
  const sampleLoad = state.sampleLoad.status === 'loading' ? state.sampleLoad : null;
  useEffect(() => {
    if (!sampleLoad) return;
    const request = sampleLoad.id;
    api.randomSample(sampleLoad.format, sampleLoad.withReference).then(
      (sample) => dispatch({ type: 'sampleLoaded', request, sample }),
      (error) => dispatch({ type: 'sampleFailed', request, message: messageOf(error) }),
    );
  }, [sampleLoad, dispatch]);

  const generation = state.generation.status === 'loading' ? state.generation : null;
  useEffect(() => {
    if (!generation) return;
    const request = generation.id;
    api.generateResponse(generation.input).then(
      (response) => dispatch({ type: 'responseGenerated', request, response }),
      (error) => dispatch({ type: 'responseFailed', request, message: messageOf(error) }),
    );
  }, [generation, dispatch]);

  const creation = state.round.stage === 'creating' ? state.round : null;
  const turnstile = useRef<TurnstileGate | null>(null);
  useEffect(() => {
    if (!creation) return;
    const request = creation.id;
    const create = async () => {
      let turnstileToken: string | undefined;
      if (creation.turnstileSiteKey && turnstileBox.current) {
        turnstile.current ??= new TurnstileGate(creation.turnstileSiteKey, turnstileBox.current);
        turnstileToken = await turnstile.current.getToken();
      }
      return api.createBattle({ ...creation.request, turnstileToken });
    };
    create().then(
      (battle) => dispatch({ type: 'battleCreated', request, battle, at: Date.now() }),
      // Turnstile failures are plain Errors with a readable message.
      (error) =>
        dispatch({
          type: 'battleFailed',
          request,
          message: error instanceof Error && !(error instanceof RequestError) ? error.message : messageOf(error),
        }),
    );
  }, [creation, dispatch, turnstileBox]);

  const judging = state.round.stage === 'judging' ? state.round : null;
  const battleId = judging?.battle.id ?? null;
  const streamId = judging?.stream.id ?? null;
  useEffect(() => {
    if (battleId === null || streamId === null) return;
    const controller = new AbortController();
    const stream = streamId;
    const onEvent = (event: StreamEvent) => {
      if (!controller.signal.aborted) dispatch({ type: 'streamEvent', stream, event });
    };
    streamBattle(battleId, onEvent, controller.signal).catch(async (error) => {
      if (controller.signal.aborted) return;
      // The stream is gone; the stored battle may still hold the results.
      const snapshot = await api.battle(battleId).catch(() => null);
      if (!controller.signal.aborted) dispatch({ type: 'streamLost', stream, message: messageOf(error), snapshot });
    });
    return () => controller.abort();
  }, [battleId, streamId, dispatch]);

  const regeneration = judging?.regeneration.status === 'sending' ? judging.regeneration : null;
  useEffect(() => {
    if (!regeneration || battleId === null) return;
    const request = regeneration.id;
    api.regenerate(battleId).then(
      (battle) => dispatch({ type: 'regenerated', request, battle, at: Date.now() }),
      (error) => dispatch({ type: 'regenerateFailed', request, message: messageOf(error) }),
    );
  }, [regeneration, battleId, dispatch]);

  const vote = judging?.vote.status === 'sending' ? judging.vote : null;
  useEffect(() => {
    if (!vote || battleId === null) return;
    const request = vote.id;
    sendVote(battleId, vote.choice, vote.key).then(
      (result) => dispatch({ type: 'voteRecorded', request, result }),
      (error) => dispatch({ type: 'voteFailed', request, message: messageOf(error) }),
    );
  }, [vote, battleId, dispatch]);
}

async function sendVote(battleId: string, choice: VoteChoice, key: string): Promise<VoteAnswer> {
  try {
    return await api.vote(battleId, choice, key);
  } catch (error) {
    // Already voted (say, in another tab): what was recorded is the answer.
    if (error instanceof RequestError && error.status === 409) {
      const snapshot = await api.battle(battleId).catch(() => null);
      if (snapshot?.vote) return snapshot.vote;
    }
    throw error;
  }
}
