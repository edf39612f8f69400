-- A stored vote marks its battle voted, in the same statement (src/votes/vote-store.ts relies on it): the battle's
-- voted state cannot disagree with its vote, and the vote's batch is one statement shorter.
CREATE TRIGGER `votes_mark_battle_voted` AFTER INSERT ON `votes` FOR EACH ROW
BEGIN
	UPDATE `battles` SET `status` = 'voted', `voted_at` = NEW.`created_at` WHERE `id` = NEW.`battle_id`;
END;
