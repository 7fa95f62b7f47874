import { PART_CATEGORIES } from '@aftersales/integration-events';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

type PartCategory = (typeof PART_CATEGORIES)[number];

/** A model of the catalog as last listed, `_id` the model; `version` its stream's (newer writes win). */
@Schema({ collection: 'catalog_models', versionKey: false })
export class CatalogModelView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) model!: string;
  @Prop({ type: String, required: true }) name!: string;
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: String, required: true }) changedAt!: string;
}
export const CatalogModelViewSchema = SchemaFactory.createForClass(CatalogModelView);

/** A part of the catalog as last listed, `_id` the part number. */
@Schema({ collection: 'catalog_parts', versionKey: false })
export class CatalogPartView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true }) partNo!: string;
  @Prop({ type: String, required: true }) name!: string;
  @Prop({ type: String, required: true, enum: PART_CATEGORIES }) category!: PartCategory;
  @Prop({ type: String }) component?: string;
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: String, required: true }) changedAt!: string;
}
export const CatalogPartViewSchema = SchemaFactory.createForClass(CatalogPartView);

/** Every listing of a model or part (its history), `_id` the event's id. */
@Schema({ collection: 'catalog_changes', versionKey: false })
export class CatalogChange {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true, enum: ['model', 'part'] }) entry!: 'model' | 'part';
  /** The model or the part number. */
  @Prop({ type: String, required: true }) key!: string;
  @Prop({ type: Number, required: true }) version!: number;
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) content!: Record<string, unknown>;
  @Prop({ type: String, required: true }) changedAt!: string;
  @Prop({ type: String, required: true }) actor!: string;
}
export const CatalogChangeSchema = SchemaFactory.createForClass(CatalogChange);
CatalogChangeSchema.index({ entry: 1, key: 1, version: 1 });
