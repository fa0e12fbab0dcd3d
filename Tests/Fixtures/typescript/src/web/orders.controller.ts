import { Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';

@Controller('orders')
export class OrdersController { // @def class OrdersController
  @Get() // @route GET /orders OrdersController.findAll
  findAll(): string[] { // @def method OrdersController.findAll
    return [];
  }

  @Get(':id') // @route GET /orders/:id OrdersController.findOne
  findOne(@Param('id') id: string): string { // @def method OrdersController.findOne
    return id;
  }

  @Post() // @route POST /orders OrdersController.create
  @HttpCode(201)
  create(): string { // @def method OrdersController.create
    return 'created';
  }

  @Put(':id') // @route PUT /orders/:id OrdersController.replace
  replace(@Param('id') id: string): string { // @def method OrdersController.replace
    return id;
  }

  @Patch(':id') // @route PATCH /orders/:id OrdersController.amend
  amend(@Param('id') id: string): string { // @def method OrdersController.amend
    return id;
  }

  @Delete(':id') // @route DELETE /orders/:id OrdersController.cancel
  cancel(@Param('id') id: string): void {} // @def method OrdersController.cancel
}
