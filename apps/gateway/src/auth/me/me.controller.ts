import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '@aftersales/service-kit';
import { SignedInUser } from '../../access/signed-in-user';
import { CurrentUser } from '../current-user.decorator';
import { SignedInUserResponse } from '../session.response';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/me')
export class MeController {
  @Get()
  @ApiOperation({ operationId: 'getSignedInUser', summary: 'Who is signed in: username, roles and dealer' })
  @ApiResponse({ status: 200, type: SignedInUserResponse, description: 'The signed-in user' })
  @ApiProblem(401, 'Not signed in, or the access token is invalid or expired')
  me(@CurrentUser() user: SignedInUser): SignedInUserResponse {
    return user;
  }
}
