import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CatalogChange, CatalogModelView, CatalogPartView } from '../read-model/catalog.views';

type History = { version: number; changedAt: string; name: string; category?: string; component?: string };

/** Port: the catalog as the read model has it, each entry with its history. */
export abstract class CatalogEntries {
  abstract models(): Promise<(Omit<CatalogModelView, '_id'> & { history: History[] })[]>;
  abstract parts(): Promise<(Omit<CatalogPartView, '_id'> & { history: History[] })[]>;
}

@Injectable()
export class MongooseCatalogEntries extends CatalogEntries {
  constructor(
    @InjectModel(CatalogModelView.name) private readonly modelViews: Model<CatalogModelView>,
    @InjectModel(CatalogPartView.name) private readonly partViews: Model<CatalogPartView>,
    @InjectModel(CatalogChange.name) private readonly changes: Model<CatalogChange>,
  ) {
    super();
  }

  async models() {
    const [entries, history] = await Promise.all([
      orNoMatch(this.modelViews.find().sort({ _id: 1 }).lean<CatalogModelView[]>().exec(), []), this.historyOf('model'),
    ]);
    return entries.map(({ _id, ...entry }) => ({ ...entry, history: history.get(_id) ?? [] }));
  }

  async parts() {
    const [entries, history] = await Promise.all([
      orNoMatch(this.partViews.find().sort({ _id: 1 }).lean<CatalogPartView[]>().exec(), []), this.historyOf('part'),
    ]);
    return entries.map(({ _id, ...entry }) => ({ ...entry, history: history.get(_id) ?? [] }));
  }

  private async historyOf(entry: 'model' | 'part'): Promise<Map<string, History[]>> {
    const changes = await orNoMatch(this.changes.find({ entry }).sort({ key: 1, version: 1 }).lean<CatalogChange[]>().exec(), []);
    const byKey = new Map<string, History[]>();
    for (const { key, version, changedAt, content } of changes) {
      const { model: _m, partNo: _p, ...rest } = content;
      byKey.set(key, [...(byKey.get(key) ?? []), { version, changedAt, ...rest } as History]);
    }
    return byKey;
  }
}
