import { eventually } from '@aftersales/testing';
import { commits, OrganisationFixture, startWithDealers, stop } from './testing/organisation-fixture';

const D = 'D0721';
const OTHER = 'D0722';

describe('technicians and their certificates (維修員證): valid from issue to expiry, until revoked; a number unique across the network', () => {
  let f: OrganisationFixture;
  const join = (dealer: string, technicianId: string, effectiveOn = '2026-01-05') =>
    f.http.post(`/dealers/${dealer}/technicians`).send({ technicianId, name: '王建國', effectiveOn });
  const issue = (dealer: string, technicianId: string, body: object) => f.http.post(`/dealers/${dealer}/technicians/${technicianId}/certificates`).send(body);
  const techniciansOn = (on: string) => f.http.get(`/dealers/${D}/technicians?on=${on}`);
  const statusOn = async (on: string, certificateNo: string) => {
    const items = (await techniciansOn(on).expect(200)).body.items as { certificates: { certificateNo: string; status: string }[] }[];
    return items.flatMap((t) => t.certificates).find((c) => c.certificateNo === certificateNo)?.status;
  };

  beforeAll(async () => {
    f = await startWithDealers('orgtechs', [D, OTHER]);
    await join(D, 'T-01').expect(201);
    await join(D, 'T-02').expect(201);
    await join(OTHER, 'T-01').expect(201);
  }, 90_000);
  afterAll(() => stop(f));

  it('issues a certificate to a technician of the dealer, at once after it joined', async () => {
    const res = await issue(D, 'T-01', { certificateNo: 'CERT-721-1', issuedOn: '2026-03-15', expiresOn: '2026-08-31' }).expect(201);
    expect(res.body).toEqual({ dealerCode: D, technicianId: 'T-01', certificateNo: 'CERT-721-1', issuedOn: '2026-03-15', expiresOn: '2026-08-31' });
    expect(res.headers['location']).toBe(`/dealers/${D}/technicians`);
    await issue(D, 'T-01', { certificateNo: 'CERT-721-1', issuedOn: '2026-03-15', expiresOn: '2026-08-31' }).expect(200);
  });

  it('shows the certificate not yet valid the day before its issue, valid on its first and last day, expired the day after', async () => {
    await eventually(() => statusOn('2026-03-15', 'CERT-721-1'), (s) => s === 'valid');
    expect(await statusOn('2026-03-14', 'CERT-721-1')).toBe('not-yet-valid');
    expect(await statusOn('2026-08-31', 'CERT-721-1')).toBe('valid');
    expect(await statusOn('2026-09-01', 'CERT-721-1')).toBe('expired');
  });

  it('refuses a certificate number already issued, by any dealer of the network, naming certificateNo', async () => {
    const before = await commits(f);
    const res = await issue(OTHER, 'T-01', { certificateNo: 'CERT-721-1', issuedOn: '2026-03-15', expiresOn: '2026-08-31' }).expect(422);
    expect(res.body.problems).toEqual([{ field: 'certificateNo', reason: expect.stringContaining('unique across the network') }]);
    expect(await commits(f)).toBe(before);
  });

  it('revokes a certificate: valid the day before, revoked from the day of the revocation', async () => {
    await issue(D, 'T-02', { certificateNo: 'CERT-721-2', issuedOn: '2026-01-10', expiresOn: '2027-12-31', trainingSessionId: 'TS-1' }).expect(201);
    const revoked = await f.http.post(`/dealers/${D}/technicians/T-02/certificates/CERT-721-2/revocation`).send({ revokedOn: '2026-09-01', reason: '考核未通過' }).expect(201);
    expect(revoked.body).toEqual({ dealerCode: D, certificateNo: 'CERT-721-2', revokedOn: '2026-09-01', reason: '考核未通過' });
    await eventually(() => statusOn('2026-09-01', 'CERT-721-2'), (s) => s === 'revoked');
    expect(await statusOn('2026-08-31', 'CERT-721-2')).toBe('valid');
  });

  it("refuses to revoke another dealer's certificate (404) and a revocation before the issue (422)", async () => {
    await f.http.post(`/dealers/${OTHER}/technicians/T-01/certificates/CERT-721-1/revocation`).send({ revokedOn: '2026-09-01', reason: 'x' }).expect(404);
    const res = await f.http.post(`/dealers/${D}/technicians/T-01/certificates/CERT-721-1/revocation`).send({ revokedOn: '2026-01-01', reason: 'x' }).expect(422);
    expect(res.body.problems[0].field).toBe('revokedOn');
  });

  it('records a departure: the technician is in the organisation until the day before it', async () => {
    await f.http.post(`/dealers/${D}/technicians/T-02/departure`).send({ effectiveOn: '2026-10-01' }).expect(201);
    const on = async (day: string) => ((await techniciansOn(day).expect(200)).body.items as { technicianId: string; inOrganisation: boolean }[])
      .find((t) => t.technicianId === 'T-02')?.inOrganisation;
    await eventually(() => on('2026-10-01'), (inOrganisation) => inOrganisation === false);
    expect(await on('2026-09-30')).toBe(true);
  });

  it('refuses bad input naming the field, an unknown technician, and a certificate that expires before it is issued', async () => {
    const before = await commits(f);
    expect((await issue(D, 'T-09', { certificateNo: 'C-9', issuedOn: '2026-01-01', expiresOn: '2026-12-31' }).expect(404)).body.problems[0].field).toBe('technicianId');
    expect((await issue(D, 'T-01', { certificateNo: 'C-9', issuedOn: '2026-01-01', expiresOn: '2025-12-31' }).expect(422)).body.problems[0].field).toBe('expiresOn');
    expect((await issue(D, 'T-01', { certificateNo: 'C 9/x', issuedOn: '2026-01-01', expiresOn: '2026-12-31' }).expect(400)).body.problems[0].field).toBe('certificateNo');
    expect((await join(D, 'T-03', '2026-13-01').expect(400)).body.problems[0].field).toBe('effectiveOn');
    expect((await join(D, 'T-01', '2026-02-01').expect(422)).body.problems[0].field).toBe('technicianId');
    expect(await commits(f)).toBe(before);
  });
});
