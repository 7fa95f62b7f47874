import { IssueCertificate, RevokeCertificate } from '@aftersales/contracts-domain';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CertificateParam, given, TechnicianParam } from '../organisation.fields';
import { IssuedCertificate, RevokedCertificate } from './certificate.handler';
import { CertificateIssuedResponse, CertificateRevokedResponse, IssueCertificateRequest, RevokeCertificateRequest } from './certificate.requests';

type CreatedResponse = Parameters<typeof answerCreated>[0];
const TECHNICIANS_LINK = {
  ListTechnicians: { operationId: 'listTechnicians', parameters: { code: '$response.body#/dealerCode' }, description: "The dealer's technicians with their certificates" },
};
const LOCATION = "The dealer's technicians with their certificates: /dealers/{code}/technicians";

@ApiTags('organisation')
@Controller('dealers/:code/technicians/:technicianId/certificates')
export class CertificateController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ operationId: 'issueCertificate', summary: 'Issue a certificate (維修員證) to a technician after training and an exam' })
  @ApiCreated({ type: CertificateIssuedResponse, description: 'Issued', unchanged: 'Issued before with the same details: nothing changed', location: LOCATION, links: TECHNICIANS_LINK })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such dealer, or the technician never joined it')
  @ApiProblem(422, 'The number is already issued (anywhere in the network, other details), or it expires before it is issued')
  async issue(@Param() { code, technicianId }: TechnicianParam, @Body() body: IssueCertificateRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const command = new IssueCertificate({ dealerCode: code, technicianId, ...given(body) });
    const { created, certificate } = await this.commands.execute<IssueCertificate, IssuedCertificate>(command);
    answerCreated(res, created, `/dealers/${encodeURIComponent(code)}/technicians`);
    return certificate;
  }

  @Post(':certificateNo/revocation')
  @ApiOperation({ operationId: 'revokeCertificate', summary: 'Revoke a certificate from a day on' })
  @ApiCreated({ type: CertificateRevokedResponse, description: 'Revoked', unchanged: 'Revoked before on the same day for the same reason', location: LOCATION, links: TECHNICIANS_LINK })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, "No such dealer, or no such certificate of the dealer's technician")
  @ApiProblem(422, 'revokedOn is before the issue, or it was already revoked on another day')
  async revoke(@Param() { code, technicianId, certificateNo }: CertificateParam, @Body() body: RevokeCertificateRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const command = new RevokeCertificate(technicianId, { dealerCode: code, certificateNo, ...body });
    const { created, revocation } = await this.commands.execute<RevokeCertificate, RevokedCertificate>(command);
    answerCreated(res, created, `/dealers/${encodeURIComponent(code)}/technicians`);
    return revocation;
  }
}
