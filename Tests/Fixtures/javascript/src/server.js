// Express-style registrations: middleware in order, then the handler.
const express = require('express');

const app = express(); // @def constant app

function auth(req, res, next) { // @def function auth
  next();
}

function listUsers(req, res) { // @def function listUsers
  res.json([]);
}

app.use('/api', auth); // @route USE /api auth
app.get('/users', auth, listUsers); // @route GET /users listUsers
app.post('/users', (req, res) => res.send('ok')); // @route POST /users -

module.exports = app;
