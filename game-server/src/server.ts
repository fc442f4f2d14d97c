/** Entry point of the game server. */
import { createGameServer } from './app.config.ts';
import { readConfig } from './config.ts';

const config = readConfig();
const server = createGameServer(config);
await server.listen(config.GAME_PORT, config.HOST);
console.log(`listening on ws://${config.HOST}:${config.GAME_PORT}`);
