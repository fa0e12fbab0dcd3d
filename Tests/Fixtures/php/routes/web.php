<?php

use App\Http\Controllers\ShowDashboard;  // @imports ShowDashboard
use App\Http\Controllers\UserController;  // @imports UserController
use Illuminate\Support\Facades\Route;

// Laravel routes. Only an invokable controller (`ShowDashboard::class`) is a handler that binds;
// `[UserController::class, 'show']` names its method by a string (NOTES.md, Routes).
Route::get('/users/{id}', [UserController::class, 'show']);  // @route GET /users/{id} -
Route::post('/users', [UserController::class, 'store']);  // @route POST /users -
Route::get('/dashboard', ShowDashboard::class);  // @route GET /dashboard ShowDashboard
Route::delete('/session', function () {  // @route DELETE /session -
    return 'bye';
});
Route::match(['get', 'post'], '/search', fn () => 'results');  // @route GET /search - @route POST /search -
Route::any('health', fn () => 'ok');  // @route ANY /health -
Route::middleware('auth')->put('/profile', ShowDashboard::class);  // @route PUT /profile ShowDashboard

Route::prefix('admin')->middleware('auth')->group(function () {
    Route::get('/stats', ShowDashboard::class);  // @route GET /admin/stats ShowDashboard
    Route::patch('users/{id}', [UserController::class, 'store']);  // @route PATCH /admin/users/{id} -
});

// not captured: generated resource routes
Route::resource('photos', UserController::class);
