/** Text and size limits, enforced by the schemas at the server's door and shown by the clients. */
export const LIMITS = {
  cardText: 500,
  questionText: 1000,
  answerText: 2000,
  name: 60,
  title: 120,
  shortText: 300,
  instruction: 200,
  broadcast: 200,
  /** Longest a broadcast can be set to show, in minutes. */
  broadcastMinutes: 240,
  tag: 30,
  tagsPerCard: 5,
  prompts: 10,
  goals: 10,
  phases: 40,
  tables: 100,
  categories: 20,
  workingGroups: 40,
  highlightsPerTable: 5,
  maxDots: 20,
  themes: 80,
  /** A video-call link of an online table. */
  url: 500,
  /** Keep-together teams in one session, and people in one team. */
  teams: 200,
  teamMembers: 20,
  /** Cards one theme command names at once (a whole theme of a big evening). */
  cardsPerCommand: 1000,
  participants: 5000,
  /** Socket.IO's maxHttpBufferSize: a full 100-table setup fits, a flood of text does not. */
  messageBytes: 256 * 1024,
} as const;
