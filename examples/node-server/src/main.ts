import { createChiboServer } from './createServer';

const port = Number(process.env.PORT ?? 3000);
const server = createChiboServer();
server.listen(port, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`chibo server listening on http://localhost:${actual}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close());
}
