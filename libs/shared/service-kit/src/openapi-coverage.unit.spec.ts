import { Controller, Get, INestApplication, Module, Param, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiExcludeController, ApiProperty, ApiPropertyOptional, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { OpenApiDocument, undocumentedParameters } from './openapi-coverage';

class BareParams { @IsString() code!: string }
class DescribedParams { @ApiProperty({ description: 'The code' }) @IsString() code!: string }
class BareQuery { @IsOptional() @IsString() region?: string }
class DescribedQuery { @ApiPropertyOptional({ description: 'The region' }) @IsOptional() @IsString() region?: string }

@Controller('things')
class ThingsController {
  @Get(':code') bare(@Param() _params: BareParams, @Query() _query: BareQuery) { return {}; }
  @Get(':code/described') described(@Param() _params: DescribedParams, @Query() _query: DescribedQuery) { return {}; }
}
@ApiExcludeController()
@Controller('scrape')
class ExcludedController {
  @Get() scrape() { return 'text'; }
}
@Module({ controllers: [ThingsController, ExcludedController] })
class ThingsModule {}

describe('undocumentedParameters', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, { logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  it('names each path and query value a route reads that the document does not describe', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build()) as unknown as OpenApiDocument;
    expect(undocumentedParameters(app, document)).toEqual([
      'GET /things/{code}: path parameter code is not documented',
      'GET /things/{code}: query parameter region is not documented',
    ]);
  });

  it('names a route the document lacks, not one of a controller excluded from it on purpose', () => {
    expect(undocumentedParameters(app, { paths: {} })).toEqual(['GET /things/{code} is not in the document', 'GET /things/{code}/described is not in the document']);
  });
});
