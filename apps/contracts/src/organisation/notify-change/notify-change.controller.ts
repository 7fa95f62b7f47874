import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { given, TechnicianParam } from '../organisation.fields';
import { Notified, NotifiedChange, NotifyChange } from './notify-change.handler';
import { ChangeOrganisationRequest, JoinTechnicianRequest, TechnicianDepartureRequest } from './notify-change.requests';
import { OrganisationChangeResponse, TechnicianNoticeResponse } from './notice.response';

type CreatedResponse = Parameters<typeof answerCreated>[0];
const ORGANISATION_LINK = {
  GetOrganisation: {
    operationId: 'getOrganisation', parameters: { code: '$response.body#/dealerCode', on: '$response.body#/effectiveOn' },
    description: 'The organisation in force on the day the change takes effect',
  },
};
const UNCHANGED = 'The same change was recorded before: the same answer, nothing recorded again';

@ApiTags('organisation')
@Controller('dealers/:code')
export class NotifyChangeController {
  constructor(private readonly commands: CommandBus) {}

  @Post('organisation/changes')
  @ApiOperation({ operationId: 'changeOrganisation', summary: 'Record a change of the service organisation (第二條 1-2) effective on a date' })
  @ApiCreated({ type: OrganisationChangeResponse, description: 'Recorded (late or not)', unchanged: UNCHANGED,
    location: 'The organisation on the effective date: /dealers/{code}/organisation?on={effectiveOn}', links: ORGANISATION_LINK })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such dealer')
  @ApiProblem(422, 'The change names none of address, hotline, serviceManager')
  change(@Param() { code }: DealerCodeParam, @Body() { effectiveOn, ...details }: ChangeOrganisationRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    return this.notify(res, code, effectiveOn, { kind: 'change', details: given(details) });
  }

  @Post('technicians')
  @ApiOperation({ operationId: 'joinTechnician', summary: 'A technician joins the organisation on a date' })
  @ApiCreated({ type: TechnicianNoticeResponse, description: 'Recorded (late or not)', unchanged: UNCHANGED,
    location: "The dealer's technicians on the effective date: /dealers/{code}/technicians?on={effectiveOn}", links: ORGANISATION_LINK })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such dealer')
  @ApiProblem(422, 'The technician is already in the organisation, or left on or after effectiveOn')
  join(@Param() { code }: DealerCodeParam, @Body() { technicianId, name, effectiveOn }: JoinTechnicianRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    return this.notify(res, code, effectiveOn, { kind: 'join', technicianId, name }, 'technicians');
  }

  @Post('technicians/:technicianId/departure')
  @ApiOperation({ operationId: 'recordTechnicianDeparture', summary: 'A technician leaves the organisation on a date' })
  @ApiCreated({ type: TechnicianNoticeResponse, description: 'Recorded (late or not)', unchanged: UNCHANGED,
    location: "The dealer's technicians on the effective date: /dealers/{code}/technicians?on={effectiveOn}", links: ORGANISATION_LINK })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such dealer, or the technician never joined it')
  @ApiProblem(422, 'effectiveOn is before the technician joined, or it already left on another day')
  leave(@Param() { code, technicianId }: TechnicianParam, @Body() { effectiveOn }: TechnicianDepartureRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    return this.notify(res, code, effectiveOn, { kind: 'leave', technicianId }, 'technicians');
  }

  private async notify(res: CreatedResponse, code: string, effectiveOn: string, notified: Notified, read = 'organisation') {
    const { created, recorded } = await this.commands.execute<NotifyChange, NotifiedChange>(new NotifyChange(code, effectiveOn, notified));
    answerCreated(res, created, `/dealers/${encodeURIComponent(code)}/${read}?on=${recorded.effectiveOn}`);
    return recorded;
  }
}
