import { Admin } from 'kafkajs';

/**
 * Messages waiting for a consumer group on its topics: per partition, the high watermark less
 * the group's committed offset (or the partition's first offset, before its first commit).
 * Two round trips per topic; /health asks only for a group that has made no progress lately.
 */
export async function groupLag(admin: Admin, groupId: string, topics: string[]): Promise<number> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  let lag = 0;
  for (const topic of topics) {
    const ends = await admin.fetchTopicOffsets(topic);
    const done = committed.find((t) => t.topic === topic)?.partitions ?? [];
    for (const { partition, high, low } of ends) {
      const offset = Number(done.find((p) => p.partition === partition)?.offset ?? -1);
      lag += Math.max(0, Number(high) - (offset >= 0 ? offset : Number(low)));
    }
  }
  return lag;
}
