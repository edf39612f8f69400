// Stands in for `cloudflare:test` in the Node test project, so a test that needs the Workers runtime fails with
// a message that says what to do rather than "cannot find package".
throw new Error('cloudflare:test needs the Workers runtime: move this test out of the NODE_TESTS folders in vitest.config.ts');
