import { Admin, AssignerProtocol, Kafka } from 'kafkajs';

/** How far behind the system's consumer groups are: messages not yet committed, over every topic they read. */
async function totalLag(admin: Admin, groupPrefix: string): Promise<number> {
  const ids = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id.startsWith(groupPrefix));
  if (ids.length === 0) return 0;
  const { groups } = await admin.describeGroups(ids);
  let lag = 0;
  const ends = new Map<string, Promise<Map<number, number>>>(); // each topic's end offsets, read once per reading
  const endsOf = (topic: string) => {
    if (!ends.has(topic)) ends.set(topic, admin.fetchTopicOffsets(topic).then((offsets) => new Map(offsets.map((p) => [p.partition, Number(p.high)]))));
    return ends.get(topic) as Promise<Map<number, number>>;
  };
  for (const group of groups) {
    const topics = new Set(group.members.flatMap((m) => Object.keys(AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {})));
    if (topics.size === 0) continue;
    const committed = await admin.fetchOffsets({ groupId: group.groupId, topics: [...topics] });
    for (const { topic, partitions } of committed) {
      const end = await endsOf(topic);
      for (const p of partitions) lag += Math.max(0, (end.get(p.partition) ?? 0) - Math.max(0, Number(p.offset)));
    }
  }
  return lag;
}

/**
 * Waits until every consumer group of the system (`groupPrefix`: its topic prefix) has committed
 * everything on the topics it reads: the earlier uploads' consumers no longer share the machine
 * with the next timed case, as nothing shares it with the raw baseline. Returns the seconds it took.
 */
export async function consumersQuiet(kafka: Kafka, groupPrefix: string, timeoutMs = 900_000): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const started = Date.now();
  let quietReadings = 0;
  try {
    for (;;) {
      const lag = await totalLag(admin, groupPrefix);
      // twice in a row: a group between two members (a rebalance) shows no topics for a moment
      quietReadings = lag === 0 ? quietReadings + 1 : 0;
      if (quietReadings === 2) return (Date.now() - started) / 1000;
      if (Date.now() - started > timeoutMs) throw new Error(`the consumers were still ${lag} messages behind after ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await admin.disconnect();
  }
}
