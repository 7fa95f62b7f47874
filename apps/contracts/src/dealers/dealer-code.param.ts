import { DealerCodeField } from '@aftersales/service-kit';

export class DealerCodeParam {
  @DealerCodeField({ description: 'The dealer code: 2-32 upper-case letters, digits or dashes' })
  code!: string;
}
