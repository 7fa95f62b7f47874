import { DealerCodeField } from '@aftersales/service-kit';

export class DealerCodeParam {
  @DealerCodeField()
  code!: string;
}
